package hearth.people;

import java.util.Optional;

/**
 * Checks and normalises the identifiers children carry: NHS number (modulus 11 check
 * digit), unique pupil number (check letter) and the council's own child ID.
 */
public final class Identifiers {

    static final String UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private Identifiers() {
    }

    public static String normaliseNhs(String raw) {
        return raw == null ? "" : raw.replaceAll("[\\s-]", "");
    }

    /** The check digit for the first nine digits, or empty when no valid number can end them. */
    public static Optional<Integer> nhsCheckDigit(String firstNine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (firstNine.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 10) {
            return Optional.empty();
        }
        return Optional.of(check == 11 ? 0 : check);
    }

    public static boolean isValidNhs(String raw) {
        String nhs = normaliseNhs(raw);
        if (!nhs.matches("\\d{10}")) {
            return false;
        }
        return nhsCheckDigit(nhs.substring(0, 9)).map(d -> d == nhs.charAt(9) - '0').orElse(false);
    }

    public static String normaliseUpn(String raw) {
        return raw == null ? "" : raw.replaceAll("\\s", "").toUpperCase();
    }

    /** Check letter for characters 2 to 13 of a UPN (a temporary UPN ends in a letter, valued by its place). */
    public static char upnCheckLetter(String lastTwelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = lastTwelve.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : UPN_LETTERS.indexOf(c);
            sum += value * (i + 2);
        }
        return UPN_LETTERS.charAt(sum % 23);
    }

    public static boolean isValidUpn(String raw) {
        String upn = normaliseUpn(raw);
        if (!upn.matches("[A-Z]\\d{11}[0-9" + UPN_LETTERS + "]")) {
            return false;
        }
        return upnCheckLetter(upn.substring(1)) == upn.charAt(0);
    }

    /** The CIN census allows up to 20 letters and digits. */
    public static boolean isValidCouncilChildId(String raw) {
        return raw != null && raw.strip().matches("[A-Za-z0-9]{1,20}");
    }
}

package hearth.platform;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Words for what the code keeps as a code or a machine value: a code that is not an enum (an
 * audit action is a string written by many modules and by database triggers) has its words in
 * labels.properties under a group key, like {@link Labelled} enums do; a date reads as people
 * write it.
 */
public final class Words {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Words() {
    }

    /**
     * @param group the key's prefix in labels.properties ({@code hearth.audit.action})
     * @return the words for the code, or, for a code without words yet, the code in lower case
     *     with spaces ("View case file"), so a new code is readable before it is given its words
     */
    public static String forCode(String group, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String words = Labels.ALL.getProperty(group + "." + code);
        if (words != null) {
            return words;
        }
        String spaced = code.replace('_', ' ').toLowerCase(Locale.UK).trim();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** @return "19 November 2026", or nothing for no date */
    public static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}

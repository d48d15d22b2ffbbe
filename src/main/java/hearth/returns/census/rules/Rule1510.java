package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import org.springframework.stereotype.Component;

/** A UPN of 13 characters ending in 12 digits must start with its check letter. */
@Component
class Rule1510 implements ChildRule {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    @Override
    public String code() {
        return "1510";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        String upn = child.identifiers().upn();
        if (ChildText.fullLength(upn) && ChildText.digits(upn.substring(1)) && checkLetter(upn) != upn.charAt(0)) {
            breaches.child(child, "UPN");
        }
    }

    /** The DfE's check letter: digits 2 to 13 weighted 2 to 13, the sum modulo 23 as a letter. */
    static char checkLetter(String upn) {
        int sum = 0;
        for (int i = 1; i < ChildText.UPN_LENGTH; i++) {
            sum += Character.digit(upn.charAt(i), 10) * (i + 1);
        }
        return LETTERS.charAt(sum % LETTERS.length());
    }
}

package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import org.springframework.stereotype.Component;

/** Character 13 of a UPN must be a digit or a capital letter other than I, O and S. */
@Component
class Rule1550 implements ChildRule {

    private static final String LAST = "ABCDEFGHJKLMNPQRTUVWXYZ0123456789";

    @Override
    public String code() {
        return "1550";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        String upn = child.identifiers().upn();
        if (ChildText.fullLength(upn) && LAST.indexOf(upn.charAt(12)) < 0) {
            breaches.child(child, "UPN");
        }
    }
}

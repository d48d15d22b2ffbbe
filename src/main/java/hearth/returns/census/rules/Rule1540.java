package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import org.springframework.stereotype.Component;

/** Characters 5 to 12 of a UPN, as many of them as it has, must be digits. */
@Component
class Rule1540 implements ChildRule {

    @Override
    public String code() {
        return "1540";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        String upn = child.identifiers().upn();
        if (upn != null && !ChildText.digits(upn.substring(Math.min(4, upn.length()), Math.min(12, upn.length())))) {
            breaches.child(child, "UPN");
        }
    }
}

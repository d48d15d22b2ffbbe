package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import org.springframework.stereotype.Component;

/** A former UPN should be a letter followed by 12 digits. */
@Component
class Rule1560Q implements ChildRule {

    @Override
    public String code() {
        return "1560Q";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        String former = child.identifiers().formerUpn();
        if (former != null && (ChildText.length(former) != ChildText.UPN_LENGTH
                || !ChildText.digits(former.substring(former.offsetByCodePoints(0, 1)))
                || !Character.isLetter(former.codePointAt(0)))) {
            breaches.child(child, "FormerUPN");
        }
    }
}

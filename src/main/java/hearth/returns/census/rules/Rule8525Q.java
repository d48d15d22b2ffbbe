package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import org.springframework.stereotype.Component;

/**
 * 8525Q: the child has a date of birth or an expected date of birth, not both. A malformed date
 * counts as none.
 */
@Component
class Rule8525Q implements ChildRule {

    @Override
    public String code() {
        return "8525Q";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        boolean born = ValidatorDates.date(child.identifiers().personBirthDate()) != null;
        boolean expected = ValidatorDates.date(child.identifiers().expectedPersonBirthDate()) != null;
        if (born == expected) {
            breaches.child(child, "PersonBirthDate");
        }
    }
}

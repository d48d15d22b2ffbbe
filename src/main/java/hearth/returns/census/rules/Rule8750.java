package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import org.springframework.stereotype.Component;

/** An unborn child (an expected birth date and no valid birth date) has Sex U. */
@Component
class Rule8750 implements ChildRule {

    @Override
    public String code() {
        return "8750";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        CensusFile.Identifiers identifiers = child.identifiers();
        if (ValidatorDates.date(identifiers.personBirthDate()) == null
                && ValidatorDates.date(identifiers.expectedPersonBirthDate()) != null
                && !"U".equals(identifiers.sex())) {
            breaches.child(child, "Sex");
        }
    }
}

package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** 8535Q: a child with a date of death has a date of birth, and it is not after the death. */
@Component
class Rule8535Q implements ChildRule {

    @Override
    public String code() {
        return "8535Q";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        LocalDate death = ValidatorDates.date(child.identifiers().personDeathDate());
        LocalDate birth = ValidatorDates.date(child.identifiers().personBirthDate());
        if (death != null && (birth == null || birth.isAfter(death))) {
            breaches.child(child, "PersonDeathDate");
        }
    }
}

package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** 8520: the child's date of birth is not after the reference date. */
@Component
class Rule8520 implements WindowedChildRule {

    @Override
    public String code() {
        return "8520";
    }

    @Override
    public void check(CensusFile.Child child, CollectionWindow window, Breaches breaches) {
        LocalDate birth = ValidatorDates.date(child.identifiers().personBirthDate());
        if (birth != null && birth.isAfter(window.end())) {
            breaches.child(child, "PersonBirthDate");
        }
    }
}

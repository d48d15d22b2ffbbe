package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** 8545Q: a child's date of death, where given, falls within the census period. */
@Component
class Rule8545Q implements WindowedChildRule {

    @Override
    public String code() {
        return "8545Q";
    }

    @Override
    public void check(CensusFile.Child child, CollectionWindow window, Breaches breaches) {
        LocalDate death = ValidatorDates.date(child.identifiers().personDeathDate());
        if (death != null && !window.contains(death)) {
            breaches.child(child, "PersonDeathDate");
        }
    }
}

package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * 8530Q: an expected date of birth falls strictly between 30 days before the reference date and
 * nine months after it (for a 31 March reference date: 2 March to 30 December).
 */
@Component
class Rule8530Q implements WindowedChildRule {

    @Override
    public String code() {
        return "8530Q";
    }

    @Override
    public void check(CensusFile.Child child, CollectionWindow window, Breaches breaches) {
        LocalDate expected = ValidatorDates.date(child.identifiers().expectedPersonBirthDate());
        if (expected != null && (!expected.isBefore(window.end().plusMonths(9))
                || !expected.isAfter(window.end().minusDays(30)))) {
            breaches.child(child, "ExpectedPersonBirthDate");
        }
    }
}

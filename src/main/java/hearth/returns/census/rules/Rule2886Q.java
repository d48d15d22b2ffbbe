package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusRule;
import hearth.returns.census.CensusYear;
import org.springframework.stereotype.Component;

/** No more than 2% of the children, unborn children apart, may have no sex recorded (absent or U). */
@Component
class Rule2886Q implements CensusRule {

    private static final double MOST_UNRECORDED = 0.02;

    @Override
    public String code() {
        return "2886Q";
    }

    @Override
    public void check(CensusFile file, CensusYear year, Breaches breaches) {
        if (file.children().isEmpty()) {
            return;
        }
        // An unborn child has an expected birth date; one that is not a date counts as none.
        long unrecorded = file.children().stream().map(CensusFile.Child::identifiers)
                .filter(child -> (child.sex() == null || child.sex().equals("U"))
                        && ValidatorDates.date(child.expectedPersonBirthDate()) == null)
                .count();
        if ((double) unrecorded / file.children().size() > MOST_UNRECORDED) {
            breaches.file("Sex");
        }
    }
}

package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * 8670Q: an assessment with no authorisation date did not start more than 45 working days
 * before the reference date (counting the reference date as the first).
 */
@Component
class Rule8670Q implements WindowedChildRule {

    private static final int ASSESSMENT_WORKING_DAYS = 45;

    @Override
    public String code() {
        return "8670Q";
    }

    @Override
    public void check(CensusFile.Child child, CollectionWindow window, Breaches breaches) {
        LocalDate latest = window.workingDaysBefore(window.end(), ASSESSMENT_WORKING_DAYS);
        for (CensusFile.Episode episode : child.episodes()) {
            for (CensusFile.Assessment assessment : episode.assessments()) {
                if (ValidatorDates.date(assessment.authorisationDate()) == null
                        && ValidatorDates.before(ValidatorDates.date(assessment.actualStartDate()), latest)) {
                    breaches.child(child, "AssessmentActualStartDate", assessment.fixAt());
                }
            }
        }
    }
}

package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import org.springframework.stereotype.Component;

/**
 * 8614: factors identified at assessment belong only to a completed assessment, one with an
 * authorisation date (a malformed date counts as none).
 */
@Component
class Rule8614 implements ChildRule {

    @Override
    public String code() {
        return "8614";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        for (CensusFile.Episode episode : child.episodes()) {
            for (CensusFile.Assessment assessment : episode.assessments()) {
                if (!assessment.factors().isEmpty() && ValidatorDates.date(assessment.authorisationDate()) == null) {
                    breaches.child(child, "AssessmentFactors", assessment.fixAt());
                }
            }
        }
    }
}

package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import org.springframework.stereotype.Component;

/** 8608: an assessment cannot start after its authorisation (end) date. */
@Component
class Rule8608 implements ChildRule {

    @Override
    public String code() {
        return "8608";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        for (CensusFile.Episode episode : child.episodes()) {
            for (CensusFile.Assessment assessment : episode.assessments()) {
                if (ValidatorDates.before(assessment.authorisationDate(), assessment.actualStartDate())) {
                    breaches.child(child, "AssessmentActualStartDate", assessment.fixAt());
                }
            }
        }
    }
}

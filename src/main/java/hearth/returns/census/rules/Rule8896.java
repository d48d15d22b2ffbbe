package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import org.springframework.stereotype.Component;

/** An episode has at most one open assessment (no valid authorisation date). */
@Component
class Rule8896 implements ChildRule {

    @Override
    public String code() {
        return "8896";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        for (CensusFile.Episode episode : child.episodes()) {
            long open = episode.assessments().stream()
                    .filter(assessment -> ValidatorDates.date(assessment.authorisationDate()) == null).count();
            if (open > 1) {
                breaches.child(child, "AssessmentAuthorisationDate", episode.fixAt());
            }
        }
    }
}

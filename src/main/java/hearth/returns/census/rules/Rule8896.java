package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.util.List;
import org.springframework.stereotype.Component;

/** An episode has at most one open assessment (no valid authorisation date). */
@Component
class Rule8896 implements SameIdChildRule {

    @Override
    public List<CensusFile.Child> views(List<CensusFile.Child> group) {
        return SameIdChildRule.joinedByNumber(group);
    }

    @Override
    public String code() {
        return "8896";
    }

    @Override
    public void check(CensusFile.Child child, CollectionWindow window, Breaches breaches) {
        for (CensusFile.Episode episode : child.episodes()) {
            long open = episode.assessments().stream()
                    .filter(assessment -> ValidatorDates.date(assessment.authorisationDate()) == null).count();
            if (open > 1) {
                breaches.child(child, "AssessmentAuthorisationDate", episode.fixAt());
            }
        }
    }
}

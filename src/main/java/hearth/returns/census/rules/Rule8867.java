package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.util.List;
import org.springframework.stereotype.Component;

/** A closed episode (valid closure date) has every assessment authorised (valid authorisation date). */
@Component
class Rule8867 implements SameIdChildRule {

    @Override
    public List<CensusFile.Child> views(List<CensusFile.Child> group) {
        return SameIdChildRule.joinedByNumber(group);
    }

    @Override
    public String code() {
        return "8867";
    }

    @Override
    public void check(CensusFile.Child child, CollectionWindow window, Breaches breaches) {
        for (CensusFile.Episode episode : child.episodes()) {
            if (ValidatorDates.date(episode.cinClosureDate()) == null) {
                continue;
            }
            for (CensusFile.Assessment assessment : episode.assessments()) {
                if (ValidatorDates.date(assessment.authorisationDate()) == null) {
                    breaches.child(child, "AssessmentAuthorisationDate", assessment.fixAt());
                }
            }
        }
    }
}

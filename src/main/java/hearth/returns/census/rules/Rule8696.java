package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** 8696: an assessment's authorisation (end) date, where given, falls within the census period. */
@Component
class Rule8696 implements WindowedChildRule {

    @Override
    public String code() {
        return "8696";
    }

    @Override
    public void check(CensusFile.Child child, CollectionWindow window, Breaches breaches) {
        for (CensusFile.Episode episode : child.episodes()) {
            for (CensusFile.Assessment assessment : episode.assessments()) {
                LocalDate authorised = ValidatorDates.date(assessment.authorisationDate());
                if (authorised != null && !window.contains(authorised)) {
                    breaches.child(child, "AssessmentAuthorisationDate", assessment.fixAt());
                }
            }
        }
    }
}

package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * An assessment does not start while another assessment of the same episode is ongoing: on or
 * after its start and on or before its authorisation, or by the reference date when it has none.
 * Two assessments with the same start and the same authorisation (or none) are the same one to
 * the validator and do not count.
 */
@Component
class Rule8863Q implements SameIdChildRule {

    @Override
    public List<CensusFile.Child> views(List<CensusFile.Child> group) {
        return SameIdChildRule.joinedByNumber(group);
    }

    @Override
    public String code() {
        return "8863Q";
    }

    @Override
    public void check(CensusFile.Child child, CollectionWindow window, Breaches breaches) {
        for (CensusFile.Episode episode : child.episodes()) {
            List<CensusFile.Assessment> started = episode.assessments().stream()
                    .filter(assessment -> ValidatorDates.date(assessment.actualStartDate()) != null).toList();
            StartsWhileOpen.among(started, (assessment, other) -> startsWhileOpen(assessment, other, window))
                    .forEach(assessment -> breaches.child(child, "AssessmentActualStartDate", assessment.fixAt()));
        }
    }

    private static boolean startsWhileOpen(CensusFile.Assessment assessment, CensusFile.Assessment other,
            CollectionWindow window) {
        LocalDate start = ValidatorDates.date(assessment.actualStartDate());
        LocalDate otherStart = ValidatorDates.date(other.actualStartDate());
        LocalDate otherEnd = ValidatorDates.date(other.authorisationDate());
        return !StartsWhileOpen.twins(start, ValidatorDates.date(assessment.authorisationDate()), otherStart, otherEnd)
                && StartsWhileOpen.within(start, otherStart, otherEnd, window.end());
    }
}

package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A section 47 enquiry does not start while another enquiry of the same episode is ongoing: on or
 * after its start and on or before its initial conference, or, when it has none and a conference
 * is not marked not required ("1" or "true" in any case), by the reference date. Two enquiries
 * with the same start and the same conference date (or none) are the same one to the validator.
 */
@Component
class Rule8890 implements SameIdChildRule {

    @Override
    public List<CensusFile.Child> views(List<CensusFile.Child> group) {
        return SameIdChildRule.joinedByNumber(group);
    }

    @Override
    public String code() {
        return "8890";
    }

    @Override
    public void check(CensusFile.Child child, CollectionWindow window, Breaches breaches) {
        for (CensusFile.Episode episode : child.episodes()) {
            List<CensusFile.Section47> started = episode.section47s().stream()
                    .filter(enquiry -> ValidatorDates.date(enquiry.actualStartDate()) != null).toList();
            StartsWhileOpen.among(started, (enquiry, other) -> startsWhileOpen(enquiry, other, window))
                    .forEach(enquiry -> breaches.child(child, "S47ActualStartDate", enquiry.fixAt()));
        }
    }

    private static boolean startsWhileOpen(CensusFile.Section47 enquiry, CensusFile.Section47 other,
            CollectionWindow window) {
        LocalDate start = ValidatorDates.date(enquiry.actualStartDate());
        LocalDate otherStart = ValidatorDates.date(other.actualStartDate());
        LocalDate otherConference = ValidatorDates.date(other.dateOfInitialCpc());
        boolean openCounts = !ValidatorCodes.lowerIn(other.icpcNotRequired(), "1", "true");
        return !StartsWhileOpen.twins(start, ValidatorDates.date(enquiry.dateOfInitialCpc()), otherStart, otherConference)
                && StartsWhileOpen.within(start, otherStart, otherConference, openCounts ? window.end() : null);
    }
}

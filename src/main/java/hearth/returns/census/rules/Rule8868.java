package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A closed episode (valid closure date) has every section 47 enquiry completed: either a valid
 * initial conference date or ICPCnotRequired exactly "1" or "true", not both and not neither.
 */
@Component
class Rule8868 implements SameIdChildRule {

    @Override
    public List<CensusFile.Child> views(List<CensusFile.Child> group) {
        return SameIdChildRule.joinedByNumber(group);
    }

    @Override
    public String code() {
        return "8868";
    }

    @Override
    public void check(CensusFile.Child child, CollectionWindow window, Breaches breaches) {
        for (CensusFile.Episode episode : child.episodes()) {
            if (ValidatorDates.date(episode.cinClosureDate()) == null) {
                continue;
            }
            for (CensusFile.Section47 enquiry : episode.section47s()) {
                boolean conference = ValidatorDates.date(enquiry.dateOfInitialCpc()) != null;
                if (conference == ValidatorCodes.in(enquiry.icpcNotRequired(), "1", "true")) {
                    breaches.child(child, "DateOfInitialCPC", enquiry.fixAt());
                }
            }
        }
    }
}

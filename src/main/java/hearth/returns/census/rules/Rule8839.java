package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * An episode has at most one open section 47 enquiry: one with no (valid) initial conference date
 * whose ICPCnotRequired is not exactly "true" or "1".
 */
@Component
class Rule8839 implements SameIdChildRule {

    @Override
    public List<CensusFile.Child> views(List<CensusFile.Child> group) {
        return SameIdChildRule.joinedByNumber(group);
    }

    @Override
    public String code() {
        return "8839";
    }

    @Override
    public void check(CensusFile.Child child, CollectionWindow window, Breaches breaches) {
        for (CensusFile.Episode episode : child.episodes()) {
            long open = episode.section47s().stream()
                    .filter(enquiry -> ValidatorDates.date(enquiry.dateOfInitialCpc()) == null
                            && !ValidatorCodes.in(enquiry.icpcNotRequired(), "true", "1"))
                    .count();
            if (open > 1) {
                breaches.child(child, "DateOfInitialCPC", episode.fixAt());
            }
        }
    }
}

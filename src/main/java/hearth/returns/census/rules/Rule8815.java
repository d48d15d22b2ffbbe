package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A child has at most one open episode going on to further action (ReferralNFA exactly "false"
 * or "0"; a malformed closure date counts as open).
 */
@Component
class Rule8815 implements SameIdChildRule {

    @Override
    public List<CensusFile.Child> views(List<CensusFile.Child> group) {
        return SameIdChildRule.together(group);
    }

    @Override
    public String code() {
        return "8815";
    }

    @Override
    public void check(CensusFile.Child child, CollectionWindow window, Breaches breaches) {
        long open = child.episodes().stream().filter(Rule8815::openFurtherAction).count();
        if (open > 1) {
            breaches.child(child, "CINclosureDate");
        }
    }

    static boolean openFurtherAction(CensusFile.Episode episode) {
        return ValidatorDates.date(episode.cinClosureDate()) == null && CensusFlags.isFalse(episode.referralNfa());
    }
}

package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusRule;
import hearth.returns.census.CensusYear;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A referral with no further action (ReferralNFA "true" in any case, or "1") has no child
 * protection plan.
 *
 * <p>The validator finds the right episodes and plans but then swaps their row numbers: it
 * reports the child of the plan whose place in the file's list of plans is the failing episode's
 * place in the list of episodes, and the child of the episode (when that episode is itself a
 * referral with no further action) whose place is the failing plan's. Councils compare Hearth's
 * findings with the validator's child by child, so Hearth names the same children, counting
 * episodes and plans in file order from 0.
 */
@Component
class Rule8832 implements CensusRule {

    @Override
    public String code() {
        return "8832";
    }

    @Override
    public void check(CensusFile file, CensusYear year, Breaches breaches) {
        List<CensusFile.Child> episodeChild = new ArrayList<>();
        List<CensusFile.Child> planChild = new ArrayList<>();
        BitSet noFurtherAction = new BitSet();
        List<int[]> failing = new ArrayList<>();
        for (CensusFile.Child child : file.children()) {
            for (CensusFile.Episode episode : child.episodes()) {
                int episodeRow = episodeChild.size();
                episodeChild.add(child);
                boolean nfa = ValidatorCodes.lowerIn(episode.referralNfa(), "true") || "1".equals(episode.referralNfa());
                noFurtherAction.set(episodeRow, nfa);
                for (CensusFile.ProtectionPlan plan : episode.protectionPlans()) {
                    if (nfa) {
                        failing.add(new int[] {episodeRow, planChild.size()});
                    }
                    planChild.add(child);
                }
            }
        }
        for (int[] rows : failing) {
            if (rows[0] < planChild.size()) {
                breaches.child(planChild.get(rows[0]), "ChildProtectionPlans");
            }
            if (rows[1] < episodeChild.size() && noFurtherAction.get(rows[1])) {
                breaches.child(episodeChild.get(rows[1]), "ReferralNFA");
            }
        }
    }
}

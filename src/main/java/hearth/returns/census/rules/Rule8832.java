package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusRule;
import hearth.returns.census.CensusYear;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
        Map<CensusFile.Episode, Integer> episodeRow = new IdentityHashMap<>();
        for (CensusFile.Child child : file.children()) {
            for (CensusFile.Episode episode : child.episodes()) {
                episodeRow.put(episode, episodeChild.size());
                noFurtherAction.set(episodeChild.size(), noFurtherAction(episode));
                episodeChild.add(child);
                episode.protectionPlans().forEach(plan -> planChild.add(child));
            }
        }
        List<int[]> failing = failingPairs(file, episodeRow, noFurtherAction);
        for (int[] rows : failing) {
            if (rows[0] < planChild.size()) {
                breaches.child(planChild.get(rows[0]), "ChildProtectionPlans");
            }
            if (rows[1] < episodeChild.size() && noFurtherAction.get(rows[1])) {
                breaches.child(episodeChild.get(rows[1]), "ReferralNFA");
            }
        }
    }

    /**
     * The (episode row, plan row) pairs the validator finds: an episode with no further action
     * and a plan of an episode with the same id and number (children who share an id are one).
     */
    private static List<int[]> failingPairs(CensusFile file, Map<CensusFile.Episode, Integer> episodeRow,
            BitSet noFurtherAction) {
        Map<CensusFile.Episode, Integer> firstPlanRow = new IdentityHashMap<>();
        int planRows = 0;
        for (CensusFile.Child child : file.children()) {
            for (CensusFile.Episode episode : child.episodes()) {
                firstPlanRow.put(episode, planRows);
                planRows += episode.protectionPlans().size();
            }
        }
        List<int[]> failing = new ArrayList<>();
        for (List<CensusFile.Child> group : SameIdChildren.of(file)) {
            for (List<CensusFile.Episode> sameNumber : SameIdChildren.episodesByNumber(group)) {
                for (CensusFile.Episode episode : sameNumber) {
                    int row = episodeRow.get(episode);
                    if (!noFurtherAction.get(row)) {
                        continue;
                    }
                    for (CensusFile.Episode planned : sameNumber) {
                        int first = firstPlanRow.get(planned);
                        for (int plan = first; plan < first + planned.protectionPlans().size(); plan++) {
                            failing.add(new int[] {row, plan});
                        }
                    }
                }
            }
        }
        return failing;
    }

    private static boolean noFurtherAction(CensusFile.Episode episode) {
        return ValidatorCodes.lowerIn(episode.referralNfa(), "true") || "1".equals(episode.referralNfa());
    }
}

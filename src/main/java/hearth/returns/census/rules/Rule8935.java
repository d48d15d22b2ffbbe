package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A child has no more than one open child protection plan (no valid end date). The validator
 * counts open plans by the child and the plan's place in its episode, so two open plans break the
 * rule only when they hold the same place in two episodes (the first plan of each, say), and
 * Hearth counts them the same way.
 */
@Component
class Rule8935 implements SameIdChildRule {

    @Override
    public List<CensusFile.Child> views(List<CensusFile.Child> group) {
        return SameIdChildRule.together(group);
    }

    @Override
    public String code() {
        return "8935";
    }

    @Override
    public void check(CensusFile.Child child, CollectionWindow window, Breaches breaches) {
        Set<Integer> places = new HashSet<>();
        boolean twoOpen = Numbered.across(child, CensusFile.Episode::protectionPlans).stream()
                .filter(plan -> ValidatorDates.date(plan.part().endDate()) == null)
                .anyMatch(plan -> !places.add(plan.id()));
        if (twoOpen) {
            breaches.child(child, "CPPendDate");
        }
    }
}

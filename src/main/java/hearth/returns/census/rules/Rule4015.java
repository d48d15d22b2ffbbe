package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 4015: a child in need plan cannot start before the referral date of its episode. The validator
 * finds the episode by LA child id and the episode's place in the child's record, so children
 * sharing an id compare with each other's episodes in the same place.
 */
@Component
class Rule4015 implements SameIdRule {

    @Override
    public String code() {
        return "4015";
    }

    @Override
    public void check(List<CensusFile.Child> sameId, CollectionWindow window, Breaches breaches) {
        for (CensusFile.Child child : sameId) {
            for (int place = 0; place < child.episodes().size(); place++) {
                for (CensusFile.CinPlan plan : child.episodes().get(place).cinPlans()) {
                    if (startsBeforeReferral(plan, sameId, place)) {
                        breaches.child(child, "CINPlanStartDate", plan.fixAt());
                    }
                }
            }
        }
    }

    private static boolean startsBeforeReferral(CensusFile.CinPlan plan, List<CensusFile.Child> sameId, int place) {
        return sameId.stream().filter(child -> child.episodes().size() > place).anyMatch(child ->
                ValidatorDates.before(plan.startDate(), child.episodes().get(place).cinReferralDate()));
    }
}

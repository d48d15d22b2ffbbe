package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 4014: two child in need plans of a child, in any of its episodes, overlap: one starts on or
 * after the other's start and on or before its end (or, when the other has no end, on or before
 * the reference date). Plans with no start date take no part.
 */
@Component
class Rule4014 implements SameIdRule {

    @Override
    public String code() {
        return "4014";
    }

    @Override
    public void check(List<CensusFile.Child> sameId, CollectionWindow window, Breaches breaches) {
        List<PlanOverlap.Held<CensusFile.CinPlan>> plans = PlanOverlap.cinPlans(sameId).stream()
                .filter(held -> ValidatorDates.date(held.plan().startDate()) != null).toList();
        for (int later = 0; later < plans.size(); later++) {
            for (int other = 0; other < plans.size(); other++) {
                if (later != other && startsDuring(plans.get(later).plan(), plans.get(other).plan(), window)) {
                    breaches.child(plans.get(later).child(), "CINPlanStartDate", plans.get(later).plan().fixAt());
                }
            }
        }
    }

    private static boolean startsDuring(CensusFile.CinPlan plan, CensusFile.CinPlan other, CollectionWindow window) {
        LocalDate start = ValidatorDates.date(plan.startDate());
        LocalDate otherEnd = ValidatorDates.date(other.endDate());
        LocalDate until = otherEnd != null ? otherEnd : window.end();
        return !start.isBefore(ValidatorDates.date(other.startDate())) && !start.isAfter(until);
    }
}

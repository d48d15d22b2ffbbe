package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** 4013: a child in need plan's end date, where given, falls within the census period. */
@Component
class Rule4013 implements WindowedChildRule {

    @Override
    public String code() {
        return "4013";
    }

    @Override
    public void check(CensusFile.Child child, CollectionWindow window, Breaches breaches) {
        for (CensusFile.Episode episode : child.episodes()) {
            for (CensusFile.CinPlan plan : episode.cinPlans()) {
                LocalDate end = ValidatorDates.date(plan.endDate());
                if (end != null && !window.contains(end)) {
                    breaches.child(child, "CINPlanEndDate", plan.fixAt());
                }
            }
        }
    }
}

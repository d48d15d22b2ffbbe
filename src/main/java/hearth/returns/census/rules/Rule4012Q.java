package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** 4012Q: a child in need plan that starts and ends on the same day needs a reason. */
@Component
class Rule4012Q implements ChildRule {

    @Override
    public String code() {
        return "4012Q";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        for (CensusFile.Episode episode : child.episodes()) {
            for (CensusFile.CinPlan plan : episode.cinPlans()) {
                LocalDate start = ValidatorDates.date(plan.startDate());
                if (start != null && start.equals(ValidatorDates.date(plan.endDate()))) {
                    breaches.child(child, "CINPlanEndDate", plan.fixAt());
                }
            }
        }
    }
}

package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * 4010: a child in need plan's start date is missing or after the reference date. The
 * validator checks no earliest date, so a plan that started before the year passes.
 */
@Component
class Rule4010 implements WindowedChildRule {

    @Override
    public String code() {
        return "4010";
    }

    @Override
    public void check(CensusFile.Child child, CollectionWindow window, Breaches breaches) {
        for (CensusFile.Episode episode : child.episodes()) {
            for (CensusFile.CinPlan plan : episode.cinPlans()) {
                LocalDate start = ValidatorDates.date(plan.startDate());
                if (start == null || start.isAfter(window.end())) {
                    breaches.child(child, "CINPlanStartDate", plan.fixAt());
                }
            }
        }
    }
}

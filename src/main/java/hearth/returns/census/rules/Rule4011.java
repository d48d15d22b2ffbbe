package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import org.springframework.stereotype.Component;

/** 4011: a child in need plan cannot end before it starts. */
@Component
class Rule4011 implements ChildRule {

    @Override
    public String code() {
        return "4011";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        for (CensusFile.Episode episode : child.episodes()) {
            for (CensusFile.CinPlan plan : episode.cinPlans()) {
                if (ValidatorDates.before(plan.endDate(), plan.startDate())) {
                    breaches.child(child, "CINPlanEndDate", plan.fixAt());
                }
            }
        }
    }
}

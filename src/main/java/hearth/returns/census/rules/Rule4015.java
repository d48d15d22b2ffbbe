package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import org.springframework.stereotype.Component;

/** 4015: a child in need plan cannot start before the referral date of its episode. */
@Component
class Rule4015 implements ChildRule {

    @Override
    public String code() {
        return "4015";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        for (CensusFile.Episode episode : child.episodes()) {
            for (CensusFile.CinPlan plan : episode.cinPlans()) {
                if (ValidatorDates.before(plan.startDate(), episode.cinReferralDate())) {
                    breaches.child(child, "CINPlanStartDate", plan.fixAt());
                }
            }
        }
    }
}

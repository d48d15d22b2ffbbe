package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import org.springframework.stereotype.Component;

/** 4016: a child in need plan starts while one of the child's protection plans is open. */
@Component
class Rule4016 implements WindowedChildRule {

    @Override
    public String code() {
        return "4016";
    }

    @Override
    public void check(CensusFile.Child child, CollectionWindow window, Breaches breaches) {
        var protectionPlans = PlanOverlap.protectionPlans(child);
        for (CensusFile.CinPlan plan : PlanOverlap.cinPlans(child)) {
            for (CensusFile.ProtectionPlan protection : protectionPlans) {
                if (PlanOverlap.startsWhileOpen(plan.startDate(), protection.startDate(), protection.endDate(), window)) {
                    breaches.child(child, "CINPlanStartDate", plan.fixAt());
                }
            }
        }
    }
}

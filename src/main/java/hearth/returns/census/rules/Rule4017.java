package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import org.springframework.stereotype.Component;

/** 4017: a child protection plan starts while one of the child's child in need plans is open. */
@Component
class Rule4017 implements WindowedChildRule {

    @Override
    public String code() {
        return "4017";
    }

    @Override
    public void check(CensusFile.Child child, CollectionWindow window, Breaches breaches) {
        var cinPlans = PlanOverlap.cinPlans(child);
        for (CensusFile.ProtectionPlan protection : PlanOverlap.protectionPlans(child)) {
            for (CensusFile.CinPlan plan : cinPlans) {
                if (PlanOverlap.startsWhileOpen(protection.startDate(), plan.startDate(), plan.endDate(), window)) {
                    breaches.child(child, "CPPstartDate", protection.fixAt());
                }
            }
        }
    }
}

package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.util.List;
import org.springframework.stereotype.Component;

/** 4016: a child in need plan starts while one of the child's protection plans is open. */
@Component
class Rule4016 implements SameIdRule {

    @Override
    public String code() {
        return "4016";
    }

    @Override
    public void check(List<CensusFile.Child> sameId, CollectionWindow window, Breaches breaches) {
        var protectionPlans = PlanOverlap.protectionPlans(sameId);
        for (var held : PlanOverlap.cinPlans(sameId)) {
            for (var protection : protectionPlans) {
                if (PlanOverlap.startsWhileOpen(held.plan().startDate(), protection.plan().startDate(),
                        protection.plan().endDate(), window)) {
                    breaches.child(held.child(), "CINPlanStartDate", held.plan().fixAt());
                }
            }
        }
    }
}

package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.util.List;
import org.springframework.stereotype.Component;

/** 4017: a child protection plan starts while one of the child's child in need plans is open. */
@Component
class Rule4017 implements SameIdRule {

    @Override
    public String code() {
        return "4017";
    }

    @Override
    public void check(List<CensusFile.Child> sameId, CollectionWindow window, Breaches breaches) {
        var cinPlans = PlanOverlap.cinPlans(sameId);
        for (var held : PlanOverlap.protectionPlans(sameId)) {
            for (var plan : cinPlans) {
                if (PlanOverlap.startsWhileOpen(held.plan().startDate(), plan.plan().startDate(), plan.plan().endDate(),
                        window)) {
                    breaches.child(held.child(), "CPPstartDate", held.plan().fixAt());
                }
            }
        }
    }
}

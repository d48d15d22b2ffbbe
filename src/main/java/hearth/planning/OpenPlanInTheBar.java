package hearth.planning;

import hearth.access.CaseFileBar;
import hearth.platform.PersonId;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The child's open plan (child protection plan, child in need plan) comes first in the case file's bar. */
@Component
@Order(1)
class OpenPlanInTheBar implements CaseFileBar {

    private final Plans plans;

    OpenPlanInTheBar(Plans plans) {
        this.plans = plans;
    }

    @Override
    public List<Item> about(PersonId childId) {
        return plans.open(List.of(childId)).stream()
                .map(plan -> new Item(plan.kind().label() + (plan.category() == null ? "" : ": " + plan.categoryLabel().toLowerCase()),
                        "/children/" + childId + "/plans", false)).toList();
    }
}

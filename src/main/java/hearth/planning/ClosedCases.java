package hearth.planning;

import hearth.casework.CaseClosed;
import hearth.platform.PersonId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A closed case ends the child's open plans in the same transaction, so nothing is left running. */
@Component
class ClosedCases {

    private final Plans plans;

    ClosedCases(Plans plans) {
        this.plans = plans;
    }

    @EventListener
    void on(CaseClosed closed) {
        plans.endAllFor(new PersonId(closed.personId()), closed.closedOn(), closed.by());
    }
}

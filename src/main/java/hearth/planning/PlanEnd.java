package hearth.planning;

import hearth.platform.Labelled;
import java.util.Set;

/** Why a plan ended; stepping down or up starts what comes next. */
public enum PlanEnd implements Labelled {
    STEP_DOWN_CHILD_IN_NEED(Set.of(PlanKind.CHILD_PROTECTION)),
    STEP_UP_CHILD_PROTECTION(Set.of(PlanKind.CHILD_IN_NEED)),
    STEP_DOWN_EARLY_HELP(Set.of(PlanKind.values())),
    NO_LONGER_NEEDED(Set.of(PlanKind.values())),
    MOVED_AWAY(Set.of(PlanKind.values())),
    CASE_CLOSED(Set.of(PlanKind.values()));

    private final Set<PlanKind> endsPlans;

    PlanEnd(Set<PlanKind> endsPlans) {
        this.endsPlans = endsPlans;
    }

    /** Whether a worker can choose this end for this kind of plan (stepping up and closure happen elsewhere). */
    public boolean choosableFor(PlanKind kind) {
        return endsPlans.contains(kind) && this != STEP_UP_CHILD_PROTECTION && this != CASE_CLOSED;
    }
}

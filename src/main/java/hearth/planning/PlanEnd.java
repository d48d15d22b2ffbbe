package hearth.planning;

import java.util.Set;

/** Why a plan ended; stepping down or up starts what comes next. */
public enum PlanEnd {
    STEP_DOWN_CHILD_IN_NEED("Stepped down to a child in need plan", Set.of(PlanKind.CHILD_PROTECTION)),
    STEP_UP_CHILD_PROTECTION("Stepped up to a child protection plan", Set.of(PlanKind.CHILD_IN_NEED)),
    STEP_DOWN_EARLY_HELP("Stepped down to early help", Set.of(PlanKind.values())),
    NO_LONGER_NEEDED("No longer needed: the outcomes are met", Set.of(PlanKind.values())),
    MOVED_AWAY("Moved to another council", Set.of(PlanKind.values())),
    CASE_CLOSED("Case closed", Set.of(PlanKind.values()));

    private final String label;
    private final Set<PlanKind> endsPlans;

    PlanEnd(String label, Set<PlanKind> endsPlans) {
        this.label = label;
        this.endsPlans = endsPlans;
    }

    public String label() {
        return label;
    }

    /** Whether a worker can choose this end for this kind of plan (stepping up and closure happen elsewhere). */
    public boolean choosableFor(PlanKind kind) {
        return endsPlans.contains(kind) && this != STEP_UP_CHILD_PROTECTION && this != CASE_CLOSED;
    }
}

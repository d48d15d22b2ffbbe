package hearth.planning;

import hearth.casework.Involvements;
import hearth.timeliness.ClockKind;

/** The two statutory plans for a child, each with its own visiting timescale. */
public enum PlanKind {
    CHILD_IN_NEED("Child in need plan", Involvements.Kind.CHILD_IN_NEED, ClockKind.CHILD_IN_NEED_VISIT),
    CHILD_PROTECTION("Child protection plan", Involvements.Kind.CHILD_PROTECTION, ClockKind.CHILD_PROTECTION_VISIT);

    private final String label;
    private final Involvements.Kind involvement;
    private final ClockKind visits;

    PlanKind(String label, Involvements.Kind involvement, ClockKind visits) {
        this.label = label;
        this.involvement = involvement;
        this.visits = visits;
    }

    public String label() {
        return label;
    }

    Involvements.Kind involvement() {
        return involvement;
    }

    ClockKind visits() {
        return visits;
    }
}

package hearth.planning;

import hearth.platform.Labelled;
import hearth.casework.Involvements;
import hearth.timeliness.ClockKind;

/** The two statutory plans for a child, each with its own visiting timescale. */
public enum PlanKind implements Labelled {
    CHILD_IN_NEED(Involvements.Kind.CHILD_IN_NEED, ClockKind.CHILD_IN_NEED_VISIT),
    CHILD_PROTECTION(Involvements.Kind.CHILD_PROTECTION, ClockKind.CHILD_PROTECTION_VISIT);

    private final Involvements.Kind involvement;
    private final ClockKind visits;

    PlanKind(Involvements.Kind involvement, ClockKind visits) {
        this.involvement = involvement;
        this.visits = visits;
    }

    Involvements.Kind involvement() {
        return involvement;
    }

    ClockKind visits() {
        return visits;
    }
}

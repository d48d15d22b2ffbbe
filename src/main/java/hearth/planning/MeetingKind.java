package hearth.planning;

import hearth.platform.Labelled;
import hearth.timeliness.ClockKind;

/**
 * The meetings that keep a plan going. Each has the clock its first and later meetings
 * are due by, and the meeting that follows it.
 */
public enum MeetingKind implements Labelled {
    CORE_GROUP(PlanKind.CHILD_PROTECTION, ClockKind.FIRST_CORE_GROUP, ClockKind.CORE_GROUP),
    REVIEW_CONFERENCE(PlanKind.CHILD_PROTECTION, ClockKind.FIRST_REVIEW_CONFERENCE,
            ClockKind.REVIEW_CONFERENCE),
    PLANNING_MEETING(PlanKind.CHILD_IN_NEED,
            ClockKind.CHILD_IN_NEED_PLANNING_MEETING, ClockKind.CHILD_IN_NEED_PLANNING_MEETING),
    PLAN_REVIEW(PlanKind.CHILD_IN_NEED, ClockKind.CHILD_IN_NEED_REVIEW,
            ClockKind.CHILD_IN_NEED_REVIEW);

    private final PlanKind plan;
    private final ClockKind first;
    private final ClockKind later;

    MeetingKind(PlanKind plan, ClockKind first, ClockKind later) {
        this.plan = plan;
        this.first = first;
        this.later = later;
    }

    public PlanKind plan() {
        return plan;
    }

    public boolean isReview() {
        return this == REVIEW_CONFERENCE || this == PLAN_REVIEW;
    }

    /** A planning meeting is followed by reviews; every other meeting by the next of its kind. */
    MeetingKind next() {
        return this == PLANNING_MEETING ? PLAN_REVIEW : this;
    }

    ClockKind clock(int number) {
        return number == 1 ? first : later;
    }
}

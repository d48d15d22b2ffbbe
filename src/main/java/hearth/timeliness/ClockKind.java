package hearth.timeliness;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The statutory and local timescales Hearth watches, each with its default length. A
 * council changes a local one with {@code hearth.timescales.<kind>} (see {@link Timescales}).
 */
public enum ClockKind {
    STRATEGY_DISCUSSION("Strategy discussion", Unit.WORKING_DAYS, 1),
    INITIAL_CONFERENCE("Initial child protection conference", Unit.WORKING_DAYS, 15),
    CHILD_AND_FAMILY_ASSESSMENT("Child and family assessment", Unit.WORKING_DAYS, 45),
    FIRST_CORE_GROUP("First core group", Unit.WORKING_DAYS, 10),
    CORE_GROUP("Core group", Unit.WEEKS, 6),
    FIRST_REVIEW_CONFERENCE("First review conference", Unit.MONTHS, 3),
    REVIEW_CONFERENCE("Review conference", Unit.MONTHS, 6),
    CHILD_PROTECTION_VISIT("Child protection visit", Unit.WORKING_DAYS, 10),
    CHILD_IN_NEED_PLANNING_MEETING("Child in need planning meeting", Unit.WORKING_DAYS, 10),
    CHILD_IN_NEED_REVIEW("Child in need review", Unit.WEEKS, 12),
    CHILD_IN_NEED_VISIT("Child in need visit", Unit.WORKING_DAYS, 20),
    OUT_OF_HOURS_HANDOVER("Out-of-hours handover to the day team", Unit.NEXT_WORKING_DAY_AT_HOUR, 10),
    CASE_TRANSFER("Transfer accepted by the receiving team", Unit.WORKING_DAYS, 5);

    private final String label;
    private final Unit unit;
    private final int amount;

    ClockKind(String label, Unit unit, int amount) {
        this.label = label;
        this.unit = unit;
        this.amount = amount;
    }

    public String label() {
        return label;
    }

    int defaultAmount() {
        return amount;
    }

    /** The property a council sets to change this timescale, such as {@code hearth.timescales.core-group}. */
    String property() {
        return "hearth.timescales." + name().toLowerCase().replace('_', '-');
    }

    Instant dueAfter(Instant anchor, int length, WorkingCalendar calendar) {
        LocalDate day = anchor.atZone(WorkingCalendar.LONDON).toLocalDate();
        return switch (unit) {
            case WORKING_DAYS -> calendar.workingDaysAfter(anchor, length);
            case WEEKS -> endOfDay(day.plusWeeks(length));
            case MONTHS -> endOfDay(day.plusMonths(length));
            case NEXT_WORKING_DAY_AT_HOUR -> calendar.workingDaysAfter(anchor, 1).atZone(WorkingCalendar.LONDON)
                    .with(LocalTime.of(length, 0)).toInstant();
        };
    }

    private static Instant endOfDay(LocalDate day) {
        return day.atTime(WorkingCalendar.CLOSES).atZone(WorkingCalendar.LONDON).toInstant();
    }

    enum Unit { WORKING_DAYS, WEEKS, MONTHS, NEXT_WORKING_DAY_AT_HOUR }
}

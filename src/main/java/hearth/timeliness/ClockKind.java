package hearth.timeliness;

import hearth.platform.Labelled;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The statutory and local timescales Hearth watches, each with its default length. A
 * council changes one with {@code hearth.timescales.<kind>} (see {@link Timescales}); a
 * statutory one (set by Working Together to Safeguard Children) may only be shortened.
 */
public enum ClockKind implements Labelled {
    CONTACT_RED_PRIORITY(Rule.LOCAL, Unit.WORKING_HOURS, 4),
    CONTACT_DECISION(Rule.STATUTORY, Unit.WORKING_DAYS, 1),
    POLICE_NOTIFICATION_DECISION(Rule.LOCAL, Unit.WORKING_DAYS, 3),
    INFORMATION_REQUEST_ANSWER(Rule.LOCAL, Unit.WORKING_HOURS, 4),
    OUT_OF_HOURS_HANDOVER(Rule.LOCAL, Unit.NEXT_WORKING_DAY_AT_HOUR, 10),
    STRATEGY_DISCUSSION(Rule.STATUTORY, Unit.WORKING_DAYS, 1),
    INITIAL_CONFERENCE(Rule.STATUTORY, Unit.WORKING_DAYS, 15),
    CHILD_AND_FAMILY_ASSESSMENT(Rule.STATUTORY, Unit.WORKING_DAYS, 45),
    FIRST_CORE_GROUP(Rule.STATUTORY, Unit.WORKING_DAYS, 10),
    CORE_GROUP(Rule.LOCAL, Unit.WEEKS, 6),
    FIRST_REVIEW_CONFERENCE(Rule.STATUTORY, Unit.MONTHS, 3),
    REVIEW_CONFERENCE(Rule.STATUTORY, Unit.MONTHS, 6),
    CHILD_PROTECTION_VISIT(Rule.LOCAL, Unit.WORKING_DAYS, 10),
    CHILD_IN_NEED_PLANNING_MEETING(Rule.LOCAL, Unit.WORKING_DAYS, 10),
    CHILD_IN_NEED_REVIEW(Rule.LOCAL, Unit.WEEKS, 12),
    CHILD_IN_NEED_VISIT(Rule.LOCAL, Unit.WORKING_DAYS, 20),
    ALLOCATION(Rule.LOCAL, Unit.WORKING_DAYS, 2),
    CASE_TRANSFER(Rule.LOCAL, Unit.WORKING_DAYS, 5);

    private final Rule rule;
    private final Unit unit;
    private final int amount;

    ClockKind(Rule rule, Unit unit, int amount) {
        this.rule = rule;
        this.unit = unit;
        this.amount = amount;
    }

    /** Statutory: national guidance sets the longest it may be. Local: the council's own practice. */
    public boolean statutory() {
        return rule == Rule.STATUTORY;
    }

    public int defaultAmount() {
        return amount;
    }

    /** The property a council sets to change this timescale, such as {@code hearth.timescales.core-group}. */
    public String property() {
        return "hearth.timescales." + name().toLowerCase().replace('_', '-');
    }

    /** A length as people say it: "15 working days", "6 weeks", "10:00 the next working day". */
    public String describe(int length) {
        return unit == Unit.NEXT_WORKING_DAY_AT_HOUR ? "%02d:00 the next working day".formatted(length)
                : length + " " + unit.words;
    }

    Instant dueAfter(Instant anchor, int length, WorkingCalendar calendar) {
        LocalDate day = anchor.atZone(WorkingCalendar.LONDON).toLocalDate();
        return switch (unit) {
            case WORKING_HOURS -> calendar.workingHoursAfter(anchor, length);
            case WORKING_DAYS -> calendar.workingDaysAfter(anchor, length);
            case WEEKS -> endOfDay(day.plusWeeks(length));
            case MONTHS -> endOfDay(day.plusMonths(length));
            case NEXT_WORKING_DAY_AT_HOUR -> calendar.workingDaysAfter(anchor, 1).atZone(WorkingCalendar.LONDON)
                    .with(LocalTime.of(length, 0)).toInstant();
        };
    }

    /** The hour of day an hour-of-day timescale may be set to; any other length is at least 1. */
    boolean allows(int length) {
        return unit == Unit.NEXT_WORKING_DAY_AT_HOUR ? length >= 0 && length <= 23 : length >= 1;
    }

    private static Instant endOfDay(LocalDate day) {
        return day.atTime(WorkingCalendar.CLOSES).atZone(WorkingCalendar.LONDON).toInstant();
    }

    private enum Rule { STATUTORY, LOCAL }

    private enum Unit {
        WORKING_HOURS("working hours"), WORKING_DAYS("working days"), WEEKS("weeks"), MONTHS("months"),
        NEXT_WORKING_DAY_AT_HOUR("");

        private final String words;

        Unit(String words) {
            this.words = words;
        }
    }
}

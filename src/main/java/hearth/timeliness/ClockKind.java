package hearth.timeliness;

import java.time.Instant;
import java.time.ZonedDateTime;

/** The statutory and local timescales Hearth watches, with the rule that sets each due time. */
public enum ClockKind {
    STRATEGY_DISCUSSION("Strategy discussion", Unit.WORKING_DAYS, 1),
    INITIAL_CONFERENCE("Initial child protection conference", Unit.WORKING_DAYS, 15),
    CHILD_AND_FAMILY_ASSESSMENT("Child and family assessment", Unit.WORKING_DAYS, 45),
    FIRST_CORE_GROUP("First core group", Unit.WORKING_DAYS, 10),
    FIRST_REVIEW_CONFERENCE("First review conference", Unit.MONTHS, 3),
    CHILD_PROTECTION_VISIT("Child protection visit", Unit.WORKING_DAYS, 10);

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

    /** The due time for a clock started by an event at {@code anchor}. */
    public Instant dueAfter(Instant anchor, WorkingCalendar calendar) {
        return switch (unit) {
            case WORKING_DAYS -> calendar.workingDaysAfter(anchor, amount);
            case MONTHS -> {
                ZonedDateTime at = anchor.atZone(WorkingCalendar.LONDON).plusMonths(amount);
                yield at.toLocalDate().atTime(WorkingCalendar.CLOSES).atZone(WorkingCalendar.LONDON).toInstant();
            }
        };
    }

    enum Unit { WORKING_DAYS, MONTHS }
}

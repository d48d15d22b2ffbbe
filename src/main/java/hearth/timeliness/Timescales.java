package hearth.timeliness;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Each clock's length: the national default, or the council's own where it has set one
 * with {@code hearth.timescales.<kind>}. A statutory timescale may only be shortened, so a
 * longer one stops Hearth starting rather than quietly giving children longer to wait.
 */
@Component
public class Timescales {

    private final Map<ClockKind, Integer> lengths = new EnumMap<>(ClockKind.class);
    private final WorkingCalendar calendar;

    Timescales(Environment environment, WorkingCalendar calendar) {
        this.calendar = calendar;
        for (ClockKind kind : ClockKind.values()) {
            lengths.put(kind, checked(kind, environment.getProperty(kind.property(), Integer.class,
                    kind.defaultAmount())));
        }
    }

    private static int checked(ClockKind kind, int length) {
        if (!kind.allows(length)) {
            throw new TimescaleRefused(kind.property() + "=" + length + " is not a timescale for the "
                    + kind.label().toLowerCase() + " (the default is " + kind.describe(kind.defaultAmount()) + ")");
        }
        if (kind.statutory() && length > kind.defaultAmount()) {
            throw new TimescaleRefused(kind.property() + "=" + length + " would allow "
                    + kind.describe(length) + " for the " + kind.label().toLowerCase()
                    + ", longer than the statutory maximum of " + kind.describe(kind.defaultAmount())
                    + ". A statutory timescale may only be shortened: set " + kind.property() + " to "
                    + kind.defaultAmount() + " or less, or remove it.");
        }
        return length;
    }

    /** When a step anchored at {@code anchor} falls due. */
    public Instant dueAfter(ClockKind kind, Instant anchor) {
        return kind.dueAfter(anchor, lengths.get(kind), calendar);
    }

    /** The length in force for {@code kind}, in its own unit. */
    public int length(ClockKind kind) {
        return lengths.get(kind);
    }

    /** A council's configured timescale that Hearth will not run with. */
    public static class TimescaleRefused extends IllegalStateException {

        TimescaleRefused(String message) {
            super(message);
        }
    }
}

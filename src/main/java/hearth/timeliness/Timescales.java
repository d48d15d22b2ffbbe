package hearth.timeliness;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Each clock's length: the national default, or the council's own where it has set one. */
@Component
public class Timescales {

    private final Map<ClockKind, Integer> lengths = new EnumMap<>(ClockKind.class);
    private final WorkingCalendar calendar;

    Timescales(Environment environment, WorkingCalendar calendar) {
        this.calendar = calendar;
        for (ClockKind kind : ClockKind.values()) {
            lengths.put(kind, environment.getProperty(kind.property(), Integer.class, kind.defaultAmount()));
        }
    }

    /** When a step anchored at {@code anchor} falls due. */
    public Instant dueAfter(ClockKind kind, Instant anchor) {
        return kind.dueAfter(anchor, lengths.get(kind), calendar);
    }
}

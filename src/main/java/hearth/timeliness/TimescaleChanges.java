package hearth.timeliness;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start, moves the open clocks of every timescale the council has changed in
 * configuration since they were computed, and says how many moved, so a changed
 * {@code hearth.timescales.core-group} applies to the children already waiting, not only
 * to the next ones.
 */
@Component
class TimescaleChanges {

    private static final Logger log = LoggerFactory.getLogger(TimescaleChanges.class);

    private final Timescales timescales;
    private final Recomputation recomputation;

    TimescaleChanges(Timescales timescales, Recomputation recomputation) {
        this.timescales = timescales;
        this.recomputation = recomputation;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        apply().forEach(change -> log.info(change.describe()));
    }

    /** @return one change for each kind whose open clocks were computed with another length */
    @Transactional
    public List<Change> apply() {
        List<Change> changes = new ArrayList<>();
        for (ClockKind kind : ClockKind.values()) {
            int length = timescales.length(kind);
            List<Recomputation.Previous> previous = recomputation.previousLengths(kind, length);
            if (!previous.isEmpty()) {
                long moved = recomputation.recompute(timescales, kind);
                changes.add(new Change(kind, previous.get(0).length(), length, moved));
            }
        }
        return changes;
    }

    /**
     * @param from the length most of the kind's open clocks were computed with; null for clocks
     *             started before Hearth recorded it
     */
    record Change(ClockKind kind, Integer from, int to, long moved) {

        String describe() {
            String property = kind.property().substring("hearth.timescales.".length());
            return (from == null ? "Timescale " + property + " is " + kind.describe(to) + " (not recorded before)"
                    : "Timescale " + property + " changed from " + kind.describe(from) + " to " + kind.describe(to))
                    + ": " + moved + " open clocks moved";
        }
    }
}

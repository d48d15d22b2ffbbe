package hearth.casework;

import hearth.access.StaffMember;
import hearth.platform.Page;
import hearth.platform.PersonId;
import hearth.timeliness.ClockKind;
import hearth.timeliness.Clocks;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * A caseload as a morning's work: each child with the next step due on their case, the most
 * urgent first. Restricted records that do not name the viewer are left out before the
 * order and the paging, as on any list of the caseload.
 */
@Service
public class CaseloadSteps {

    /** Children with something due come first, the soonest first; the rest newest allocation first. */
    private static final Comparator<Child> MOST_URGENT = Comparator.comparing(
            (Child c) -> c.next() == null ? null : c.next().dueAt(), Comparator.nullsLast(Comparator.naturalOrder()));

    private final Allocations allocations;
    private final Clocks clocks;

    CaseloadSteps(Allocations allocations, Clocks clocks) {
        this.allocations = allocations;
        this.clocks = clocks;
    }

    public Page<Child> caseload(StaffMember member, int page, int size) {
        List<Allocations.Allocation> held = allocations.caseload(member);
        Map<PersonId, Clocks.Due> next = new HashMap<>();
        Map<PersonId, Integer> open = new HashMap<>();
        clocks.open(held.stream().map(Allocations.Allocation::personId).toList(), EnumSet.allOf(ClockKind.class))
                .forEach(due -> {
                    next.putIfAbsent(due.personId(), due);
                    open.merge(due.personId(), 1, Integer::sum);
                });
        List<Child> ordered = held.stream()
                .map(a -> new Child(a, next.get(a.personId()), open.getOrDefault(a.personId(), 0)))
                .sorted(MOST_URGENT).toList();
        int number = Page.within(page, size, ordered.size());
        int from = (int) Page.offset(number, size);
        return new Page<>(ordered.subList(from, Math.min(ordered.size(), from + size)), number, size, ordered.size());
    }

    /**
     * @param next  the open step due soonest, or null when nothing is due
     * @param steps how many steps are open on the case
     */
    public record Child(Allocations.Allocation allocation, Clocks.Due next, int steps) {

        public Clocks.State state(Instant now) {
            return next == null ? null : next.state(now);
        }
    }
}

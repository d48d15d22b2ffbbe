package hearth.casework.web;

import hearth.platform.London;
import hearth.platform.Page;
import hearth.timeliness.ClockKind;
import hearth.timeliness.Clocks;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * "My work" as a worker reads it: a page of steps, the most urgent first, in three groups
 * (overdue, due this week, later), optionally of one kind of step.
 */
final class MyWorkSteps {

    /** A page of steps a worker can read down in one sitting. */
    static final int PAGE = 50;

    private MyWorkSteps() {
    }

    /**
     * @param subject the child or contact the step is about, in words the worker may see
     * @param href    the form where the step is recorded
     * @param worker  the child's worker, for a manager's view; null otherwise
     */
    record Step(String subject, String href, Clocks.Due due, String worker) {
    }

    enum Group {
        OVERDUE("Overdue"), THIS_WEEK("Due this week"), LATER("Due later");

        private final String heading;

        Group(String heading) {
            this.heading = heading;
        }

        public String heading() {
            return heading;
        }
    }

    /** One group of a page, with what to say when it is empty. */
    record Grouped(Group group, List<Step> steps) {

        public String count() {
            return steps.size() == 1 ? "1 step" : steps.size() + " steps";
        }
    }

    /** How many steps of each kind are open, for the filter's choices, in the kinds' order. */
    static Map<ClockKind, Integer> kinds(List<Step> steps) {
        Map<ClockKind, Integer> kinds = new TreeMap<>();
        steps.forEach(step -> kinds.merge(step.due().kind(), 1, Integer::sum));
        return kinds;
    }

    static Page<Step> page(List<Step> steps, ClockKind kind, int requested) {
        List<Step> chosen = steps.stream().filter(step -> kind == null || step.due().kind() == kind)
                .sorted(Comparator.comparing(step -> step.due().dueAt())).toList();
        int number = Page.within(requested, PAGE, chosen.size());
        int from = (int) Page.offset(number, PAGE);
        return new Page<>(chosen.subList(from, Math.min(chosen.size(), from + PAGE)), number, PAGE, chosen.size());
    }

    /** The page's steps in their groups; every group is listed, empty or not, so the page always reads the same. */
    static List<Grouped> grouped(Page<Step> page, Instant now) {
        Map<Group, List<Step>> groups = new EnumMap<>(Group.class);
        for (Group group : Group.values()) {
            groups.put(group, new ArrayList<>());
        }
        Instant weekEnds = endOfWeek(now);
        page.items().forEach(step -> groups.get(step.due().dueAt().isBefore(now) ? Group.OVERDUE
                : step.due().dueAt().isBefore(weekEnds) ? Group.THIS_WEEK : Group.LATER).add(step));
        return groups.entrySet().stream().map(e -> new Grouped(e.getKey(), e.getValue())).toList();
    }

    /** The end of Sunday in London: "this week" as a worker plans it, Monday to Sunday. */
    static Instant endOfWeek(Instant now) {
        ZonedDateTime local = now.atZone(London.ZONE);
        return local.toLocalDate().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).plusDays(1)
                .atTime(LocalTime.MIDNIGHT).atZone(London.ZONE).toInstant();
    }
}

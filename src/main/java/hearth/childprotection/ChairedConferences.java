package hearth.childprotection;

import hearth.access.RestrictionFilter;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.casework.HomeWork;
import hearth.people.PersonIndex;
import hearth.people.PersonSummary;
import hearth.planning.ReviewConferences;
import hearth.platform.PersonId;
import hearth.timeliness.ClockKind;
import hearth.timeliness.Clocks;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A chair's home: the next conference of each child whose latest conference, initial or
 * review, they chaired, the soonest first. The chair of one conference chairs the next, so
 * a child stays on the list while a conference is due (the plan's review clock says when)
 * and moves to another chair's list when another chairs a review.
 */
@Component
class ChairedConferences implements HomeWork {

    private static final Set<ClockKind> CONFERENCES = EnumSet.of(ClockKind.INITIAL_CONFERENCE,
            ClockKind.FIRST_REVIEW_CONFERENCE, ClockKind.REVIEW_CONFERENCE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final JdbcClient jdbc;
    private final Clocks clocks;
    private final PersonIndex people;
    private final RestrictionFilter restrictions;
    private final ReviewConferences reviews;

    ChairedConferences(JdbcClient jdbc, Clocks clocks, PersonIndex people, RestrictionFilter restrictions,
                       ReviewConferences reviews) {
        this.jdbc = jdbc;
        this.clocks = clocks;
        this.people = people;
        this.restrictions = restrictions;
        this.reviews = reviews;
    }

    @Override
    public List<Section> sectionsFor(StaffMember staff) {
        if (staff.role() != Role.CHILD_PROTECTION_CHAIR) {
            return List.of();
        }
        Map<PersonId, LocalDate> chaired = lastChairedBy(staff.id());
        Map<PersonId, Clocks.Due> next = new HashMap<>();
        clocks.open(chaired.keySet(), CONFERENCES).forEach(due -> next.putIfAbsent(due.personId(), due));
        List<Clocks.Due> due = restrictions.shown(staff, "Conferences you chair", next.values().stream()
                .sorted(Comparator.comparing(Clocks.Due::dueAt)).toList(), Clocks.Due::personId);
        Map<PersonId, PersonSummary> names = people.summaries(due.stream().map(Clocks.Due::personId).toList()).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        return List.of(new Section(10, "Conferences you chair", "conference", "conferences",
                "The next conference of each child whose last child protection conference you chaired will appear"
                        + " here, the soonest first.",
                due.stream().map(d -> row(d, names.get(d.personId()), chaired.get(d.personId()), clocks)).toList()));
    }

    /**
     * The children whose latest conference this chair chaired, with its day: their initial
     * conferences and reviews, each child's latest of either (a review on the day of an
     * initial conference follows it).
     */
    private Map<PersonId, LocalDate> lastChairedBy(UUID chair) {
        Set<PersonId> children = new HashSet<>(reviews.childrenChairedBy(chair));
        children.addAll(jdbc.sql("SELECT DISTINCT person_id FROM initial_conference WHERE chair_id = :chair")
                .param("chair", chair).query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).list());
        if (children.isEmpty()) {
            return Map.of();
        }
        Map<PersonId, ReviewConferences.Held> latest = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (person_id) person_id, held_on, chair_id FROM initial_conference
                WHERE person_id IN (:children) ORDER BY person_id, held_on DESC""")
                .param("children", children)
                .query((rs, n) -> latest.put(new PersonId(rs.getObject(1, UUID.class)),
                        new ReviewConferences.Held(rs.getObject(2, LocalDate.class), rs.getObject(3, UUID.class)))).list();
        reviews.latest(children).forEach((child, review) -> latest.merge(child, review,
                (initial, later) -> later.heldOn().isBefore(initial.heldOn()) ? initial : later));
        Map<PersonId, LocalDate> chaired = new HashMap<>();
        latest.forEach((child, held) -> {
            if (chair.equals(held.chairId())) {
                chaired.put(child, held.heldOn());
            }
        });
        return chaired;
    }

    private static Row row(Clocks.Due due, PersonSummary child, LocalDate chairedOn, Clocks clocks) {
        String form = due.kind() == ClockKind.INITIAL_CONFERENCE ? "child-protection#enquiry-"
                : "plans?meeting=REVIEW_CONFERENCE#plan-";
        return new Row(child == null ? "Child" : child.name(), "/children/" + due.personId() + "/" + form
                + due.subject().id(), due.kind().label() + "; you chaired the last conference on " + DAY.format(chairedOn),
                due.dueAt(), due.state(clocks.now()));
    }
}

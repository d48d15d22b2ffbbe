package hearth.childprotection;

import hearth.access.RestrictionFilter;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.casework.HomeWork;
import hearth.people.PersonIndex;
import hearth.people.PersonSummary;
import hearth.platform.PersonId;
import hearth.timeliness.ClockKind;
import hearth.timeliness.Clocks;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A chair's home: the next conference of each child whose initial conference they chaired,
 * the soonest first. The chair who chaired the initial conference chairs the reviews, so a
 * child stays on the list while a conference is due and leaves it when none is.
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

    ChairedConferences(JdbcClient jdbc, Clocks clocks, PersonIndex people, RestrictionFilter restrictions) {
        this.jdbc = jdbc;
        this.clocks = clocks;
        this.people = people;
        this.restrictions = restrictions;
    }

    @Override
    public List<Section> sectionsFor(StaffMember staff) {
        if (staff.role() != Role.CHILD_PROTECTION_CHAIR) {
            return List.of();
        }
        Map<PersonId, LocalDate> chaired = new HashMap<>();
        jdbc.sql("""
                SELECT person_id, max(held_on) AS held_on FROM initial_conference
                WHERE chair_id = :chair GROUP BY person_id""")
                .param("chair", staff.id())
                .query((rs, n) -> chaired.put(new PersonId(rs.getObject(1, UUID.class)), rs.getObject(2, LocalDate.class))).list();
        Map<PersonId, Clocks.Due> next = new HashMap<>();
        clocks.open(chaired.keySet(), CONFERENCES).forEach(due -> next.putIfAbsent(due.personId(), due));
        List<Clocks.Due> due = restrictions.shown(staff, "Conferences you chair", next.values().stream()
                .sorted(Comparator.comparing(Clocks.Due::dueAt)).toList(), Clocks.Due::personId);
        Map<PersonId, PersonSummary> names = people.summaries(due.stream().map(Clocks.Due::personId).toList()).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        return List.of(new Section(10, "Conferences you chair", "conference", "conferences",
                "The next conference of each child whose initial child protection conference you chaired will appear"
                        + " here, the soonest first.",
                due.stream().map(d -> row(d, names.get(d.personId()), chaired.get(d.personId()), clocks)).toList()));
    }

    private static Row row(Clocks.Due due, PersonSummary child, LocalDate chairedOn, Clocks clocks) {
        String page = due.kind() == ClockKind.INITIAL_CONFERENCE ? "child-protection" : "plans";
        return new Row(child == null ? "Child" : child.name(), "/children/" + due.personId() + "/" + page,
                due.kind().label() + "; you chaired the initial conference on " + DAY.format(chairedOn),
                due.dueAt(), due.state(clocks.now()));
    }
}

package hearth.returns.annexa;

import static hearth.returns.annexa.AnnexACodes.day;

import hearth.platform.PersonId;
import hearth.returns.census.CensusFile;
import hearth.returns.census.export.CensusExport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Lists 6 and 7 from the census's own reading of each child's episodes of need, with the
 * period's last day as its reference date, so the lists and the return count the same
 * children in need and the same protection plans. Visits and the allocated worker come from
 * planning's and casework's reporting views, read once for every child.
 */
final class ChildInNeedLists {

    private final CensusExport census;

    ChildInNeedLists(CensusExport census) {
        this.census = census;
    }

    void write(NamedParameterJdbcTemplate jdbc, AnnexAPeriod period, AnnexAWorkbook book) {
        MapSqlParameterSource params = new MapSqlParameterSource("to", period.to());
        Map<UUID, String[]> workers = new HashMap<>();
        jdbc.query("""
                SELECT DISTINCT ON (a.person_id) a.person_id, t.name AS team_name, s.display_name AS worker_name
                FROM report_allocation a LEFT JOIN report_team t ON t.id = a.team_id
                LEFT JOIN report_staff s ON s.id = a.worker_id WHERE a.started_on <= :to
                ORDER BY a.person_id, (a.ended_on IS NULL OR a.ended_on >= :to) DESC, a.started_on DESC""", params,
                rs -> {
                    workers.put(rs.getObject("person_id", UUID.class),
                            new String[] {rs.getString("team_name"), rs.getString("worker_name")});
                });
        Map<UUID, List<Seen>> visits = new HashMap<>();
        jdbc.query("""
                SELECT person_id, visited_on, seen_alone FROM report_visit WHERE child_seen AND visited_on <= :to
                ORDER BY person_id, visited_on""", params, rs -> {
                    visits.computeIfAbsent(rs.getObject("person_id", UUID.class), k -> new ArrayList<>())
                            .add(new Seen(rs.getDate("visited_on").toLocalDate(), (Boolean) rs.getObject("seen_alone")));
                });
        census.eachChildInNeed(period.from(), period.to(), (person, child) -> {
            if (child != null) {
                rows(period, book, child, workers.getOrDefault(person.value(), new String[2]),
                        visits.getOrDefault(person.value(), List.of()));
            }
        });
    }

    private static void rows(AnnexAPeriod period, AnnexAWorkbook book, CensusFile.Child child, String[] worker,
                             List<Seen> seen) {
        ChildColumns columns = ChildColumns.of(child);
        String disability = AnnexACodes.disability(child.characteristics().disabilities());
        for (CensusFile.Episode episode : child.episodes()) {
            LocalDate closed = date(episode.cinClosureDate());
            Seen last = latest(seen, null, closed == null ? period.to() : closed);
            book.row(AnnexAList.CHILDREN_IN_NEED, columns.then(period.to(), Arrays.asList(disability,
                    day(date(episode.cinReferralDate())), AnnexACodes.need(episode.primaryNeedCode()),
                    last == null ? null : day(last.on()), day(closed), AnnexACodes.closure(episode.reasonForClosure()),
                    status(episode), worker[0], worker[1])));
            for (CensusFile.ProtectionPlan plan : episode.protectionPlans()) {
                LocalDate started = date(plan.startDate());
                LocalDate ended = date(plan.endDate());
                Seen visit = latest(seen, started, ended == null ? period.to() : ended);
                book.row(AnnexAList.CHILD_PROTECTION, columns.then(period.to(), Arrays.asList(disability,
                        day(started), AnnexACodes.category(plan.initialCategoryOfAbuse()),
                        AnnexACodes.category(plan.latestCategoryOfAbuse()), visit == null ? null : day(visit.on()),
                        visit == null ? null : AnnexACodes.yesNo(visit.alone()),
                        plan.reviewDates().stream().max(String::compareTo).map(d -> day(date(d))).orElse(null),
                        day(ended), null, Integer.parseInt(plan.numberOfPreviousCpp()), worker[0], worker[1])));
            }
        }
    }

    /**
     * The child's state on the period's last day. Hearth does not hold looked-after episodes,
     * so "a) Looked after child" is never given; an open episode with no plan is an open assessment.
     */
    private static String status(CensusFile.Episode episode) {
        if (episode.cinClosureDate() != null) {
            return "e) Closed episode";
        }
        if (episode.protectionPlans().stream().anyMatch(p -> p.endDate() == null)) {
            return "b) Child Protection plan";
        }
        if (episode.cinPlans().stream().anyMatch(p -> p.endDate() == null)) {
            return "c) Child in need plan";
        }
        return "d) Open assessment";
    }

    /** The latest visit the child was seen at, from {@code from} (or ever) to {@code until}. */
    private static Seen latest(List<Seen> seen, LocalDate from, LocalDate until) {
        Seen found = null;
        for (Seen s : seen) {
            if (!s.on().isAfter(until) && (from == null || !s.on().isBefore(from))) {
                found = s;
            }
        }
        return found;
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private record Seen(LocalDate on, Boolean alone) {
    }
}

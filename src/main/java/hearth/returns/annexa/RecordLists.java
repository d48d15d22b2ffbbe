package hearth.returns.annexa;

import static hearth.returns.annexa.AnnexACodes.day;
import static hearth.returns.annexa.AnnexACodes.yesNo;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Lists 1 to 5, each one query over the owners' reporting views, streamed into its sheet:
 * contacts, early help, referrals, assessments and section 47 enquiries in the period, with
 * the allocated worker and team on the period's last day.
 */
final class RecordLists {

    /** The child's columns, from {@code report_child k}. */
    static final String CHILD = "k.id AS child_id, k.council_child_id, k.kind, k.sex, k.ethnicity, k.date_of_birth, "
            + "k.disabilities";

    /** The allocation open on the last day, or else the latest before it, as {@code w}. */
    private static final String WORKER = """
            LEFT JOIN LATERAL (SELECT t.name AS team_name, s.display_name AS worker_name FROM report_allocation a
                LEFT JOIN report_team t ON t.id = a.team_id LEFT JOIN report_staff s ON s.id = a.worker_id
                WHERE a.person_id = k.id AND a.started_on <= :to
                ORDER BY (a.ended_on IS NULL OR a.ended_on >= :to) DESC, a.started_on DESC LIMIT 1) w ON true""";

    private static final Set<String> SUPPORT = Set.of("CHILD_IN_NEED_PLAN", "STRATEGY_DISCUSSION");
    private static final Set<String> NO_CONFERENCE = Set.of("NOT_SUBSTANTIATED", "SUBSTANTIATED_NO_CONFERENCE");

    private final Map<AnnexAList, Query> queries = new LinkedHashMap<>();

    RecordLists() {
        queries.put(AnnexAList.CONTACTS, new Query("""
                SELECT %s, r.received_on, r.referral_source FROM report_contact r JOIN report_child k ON k.id = r.person_id
                WHERE r.received_on BETWEEN :from AND :to ORDER BY r.received_on, k.id""".formatted(CHILD),
                (rs, p) -> List.of(day(date(rs, "received_on")), AnnexACodes.source(rs.getString("referral_source")))));
        queries.put(AnnexAList.EARLY_HELP, new Query("""
                SELECT %s, e.started_on, e.ended_on FROM (
                    SELECT person_id, started_on, ended_on FROM report_involvement WHERE kind = 'EARLY_HELP'
                        AND started_on <= :to AND (ended_on IS NULL OR ended_on >= :from)
                    UNION ALL SELECT person_id, decided_on, NULL FROM report_contact
                    WHERE status = 'DECIDED' AND outcome = 'EARLY_HELP' AND decided_on BETWEEN :from AND :to) e
                JOIN report_child k ON k.id = e.person_id ORDER BY e.started_on, k.id""".formatted(CHILD),
                (rs, p) -> Arrays.asList(day(date(rs, "started_on")), day(byEnd(date(rs, "ended_on"), p)), null)));
        queries.put(AnnexAList.REFERRALS, new Query("""
                SELECT %s, r.received_on, r.referral_source, w.team_name, w.worker_name,
                    NOT EXISTS (SELECT 1 FROM report_assessment a WHERE a.person_id = r.person_id
                        AND (a.contact_id = r.contact_id OR a.referred_on BETWEEN r.received_on AND r.received_on + 30))
                    AND NOT EXISTS (SELECT 1 FROM report_strategy_discussion s WHERE s.person_id = r.person_id
                        AND s.held_on BETWEEN r.received_on AND r.received_on + 30) AS nfa,
                    (SELECT count(*) FROM report_contact o WHERE o.person_id = r.person_id AND o.referral
                        AND o.received_on < r.received_on
                        AND o.received_on >= r.received_on - interval '12 months') AS earlier
                FROM report_contact r JOIN report_child k ON k.id = r.person_id %s
                WHERE r.referral AND r.received_on BETWEEN :from AND :to ORDER BY r.received_on, k.id"""
                .formatted(CHILD, WORKER),
                (rs, p) -> Arrays.asList(day(date(rs, "received_on")), AnnexACodes.source(rs.getString("referral_source")),
                        yesNo(rs.getBoolean("nfa")), rs.getLong("earlier"), rs.getString("team_name"),
                        rs.getString("worker_name"))));
        queries.put(AnnexAList.ASSESSMENTS, new Query("""
                SELECT %s, a.referred_on, a.seen_on, a.authorised_on, a.outcome, w.team_name, w.worker_name
                FROM report_assessment a JOIN report_child k ON k.id = a.person_id %s
                WHERE a.referred_on <= :to AND coalesce(a.authorised_on, a.ended_on, :from) >= :from
                ORDER BY a.referred_on, k.id""".formatted(CHILD, WORKER), RecordLists::assessment));
        queries.put(AnnexAList.SECTION_47, new Query("""
                SELECT %s, (s.strategy_held_at AT TIME ZONE 'Europe/London')::date AS strategy_on, s.outcome,
                    s.ended_on, c.held_on AS conference_on, c.plan, w.team_name, w.worker_name,
                    (SELECT count(*) FROM report_section47 o WHERE o.person_id = s.person_id
                        AND o.started_on > CAST(:to AS date) - interval '12 months' AND o.started_on <= :to) AS enquiries,
                    (SELECT count(*) FROM report_initial_conference o WHERE o.person_id = s.person_id
                        AND o.held_on > CAST(:to AS date) - interval '12 months' AND o.held_on <= :to) AS conferences
                FROM report_section47 s JOIN report_child k ON k.id = s.person_id
                LEFT JOIN report_initial_conference c ON c.section47_id = s.id %s
                WHERE s.started_on BETWEEN :from AND :to OR c.held_on BETWEEN :from AND :to
                ORDER BY s.started_on, k.id""".formatted(CHILD, WORKER), RecordLists::enquiry));
    }

    /** Writes each list's rows, one list at a time, advancing {@code done} as each finishes. */
    void write(NamedParameterJdbcTemplate jdbc, AnnexAPeriod period, AnnexAWorkbook book, Runnable done) {
        MapSqlParameterSource params = new MapSqlParameterSource("from", period.from()).addValue("to", period.to());
        queries.forEach((list, query) -> {
            jdbc.query(query.sql(), params, rs -> {
                book.row(list, ChildColumns.of(rs).then(period.to(), query.row().cells(rs, period)));
            });
            done.run();
        });
    }

    private static List<Object> assessment(ResultSet rs, AnnexAPeriod p) throws SQLException {
        LocalDate authorised = byEnd(date(rs, "authorised_on"), p);
        LocalDate seen = byEnd(date(rs, "seen_on"), p);
        return Arrays.asList(AnnexACodes.disability(texts(rs.getArray("disabilities"))),
                day(date(rs, "referred_on")), yesNo(seen != null), day(authorised),
                authorised == null ? null : yesNo(SUPPORT.contains(rs.getString("outcome"))),
                rs.getString("team_name"), rs.getString("worker_name"));
    }

    /** A conference is "deemed unnecessary" once the enquiry has ended with an outcome that calls none. */
    private static List<Object> enquiry(ResultSet rs, AnnexAPeriod p) throws SQLException {
        LocalDate conference = byEnd(date(rs, "conference_on"), p);
        String outcome = byEnd(date(rs, "ended_on"), p) == null ? null : rs.getString("outcome");
        Boolean unnecessary = outcome == null ? null : NO_CONFERENCE.contains(outcome);
        return Arrays.asList(AnnexACodes.disability(texts(rs.getArray("disabilities"))),
                day(date(rs, "strategy_on")), yesNo(unnecessary), day(conference),
                conference == null ? null : yesNo(rs.getBoolean("plan")), rs.getLong("enquiries"),
                rs.getLong("conferences"), rs.getString("team_name"), rs.getString("worker_name"));
    }

    /** A day after the period's last has not happened yet for these lists. */
    private static LocalDate byEnd(LocalDate day, AnnexAPeriod period) {
        return day == null || day.isAfter(period.to()) ? null : day;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? null : Arrays.asList((String[]) array.getArray());
    }

    private record Query(String sql, Cells row) {
    }

    @FunctionalInterface
    private interface Cells {
        List<?> cells(ResultSet rs, AnnexAPeriod period) throws SQLException;
    }
}

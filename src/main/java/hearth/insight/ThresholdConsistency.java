package hearth.insight;

import hearth.access.AccessDenied;
import hearth.access.StaffMember;
import hearth.audit.AuditTrail;
import hearth.reference.CodeLists;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Whether thresholds are applied consistently: of the children whose contact was closed with
 * no further action in the period, how many were referred within the 12 months after; of the
 * decisions authorised in the period, how many the hub manager changed first; and,
 * for contacts of the same source and the same main factor, how far apart the hub
 * practitioners' threshold levels lie (each practitioner's average level, for those who decided
 * at least {@link #LEAST_DECISIONS} such contacts). No practitioner or child is named: a
 * group shows only how far apart its practitioners' levels are.
 */
@Service
public class ThresholdConsistency {

    /** Decisions a practitioner must have made in a group for their average level to count in its spread. */
    public static final int LEAST_DECISIONS = 3;
    private static final int GROUPS_SHOWN = 12;

    /** Each child's contact closed with no further action in the period, and when they were next referred within 12 months. */
    private static final String CLOSED_WITH_NO_FURTHER_ACTION = """
            SELECT n.person_id, n.decided_on, coalesce(ar.postcode_district, '') AS district,
                   (SELECT min(r.received_on) FROM report_contact r WHERE r.person_id = n.person_id
                       AND r.referral AND r.received_at > n.decided_at
                       AND r.received_on <= n.decided_on + interval '12 months') AS referred_on
            FROM report_contact n
            LEFT JOIN report_child_area ar ON ar.person_id = n.person_id
            WHERE n.status = 'DECIDED' AND n.outcome = 'NO_FURTHER_ACTION' AND n.decided_on BETWEEN :from AND :to
              AND """ + InsightFilter.IN_THE_AREA_IF_ANY + " AND " + InsightFilter.allocatedToTheTeam("n.person_id");

    private static final String AFTER_NO_FURTHER_ACTION = "SELECT count(*) AS closed, count(referred_on) AS"
            + " referred_after FROM (" + CLOSED_WITH_NO_FURTHER_ACTION + ") n";

    private static final String REFERRED_AGAIN_LIST = "SELECT person_id, district, 'No further action '"
            + " || to_char(decided_on, 'FMDD Mon YYYY') || '; referred again ' || to_char(referred_on, 'FMDD Mon YYYY')"
            + " AS detail, count(*) OVER () AS found FROM (" + CLOSED_WITH_NO_FURTHER_ACTION + ") n"
            + " WHERE referred_on IS NOT NULL ORDER BY decided_on, person_id LIMIT :limit";

    /** A decision by a practitioner of the team, about a child living in the area. */
    private static final String DECIDED_IN_THE_FILTER = """
            (CAST(:team AS uuid) IS NULL OR EXISTS (SELECT 1 FROM report_staff s
                 WHERE s.id = d.decided_by AND s.team_id = CAST(:team AS uuid)))
            AND (CAST(:area AS text) IS NULL OR EXISTS (SELECT 1 FROM report_contact rc
                 JOIN report_child_area ar ON ar.person_id = rc.person_id
                 WHERE rc.contact_id = d.contact_id AND """ + InsightFilter.IN_THE_AREA + """
                 ))""";

    private static final String AT_AUTHORISATION = """
            SELECT count(*) AS authorised, count(*) FILTER (WHERE d.changed_at_authorisation) AS changed
            FROM report_contact_decision d WHERE d.authorised_on BETWEEN :from AND :to AND """
            + DECIDED_IN_THE_FILTER;

    private static final String SPREAD = """
            WITH decided AS (
                SELECT d.referral_source, d.main_factor, d.decided_by, count(*) AS decisions,
                       avg(d.threshold_level) AS mean_level
                FROM report_contact_decision d
                WHERE d.decided_on BETWEEN :from AND :to AND d.referral_source IS NOT NULL
                  AND d.main_factor IS NOT NULL AND """ + DECIDED_IN_THE_FILTER + """

                GROUP BY d.referral_source, d.main_factor, d.decided_by)
            SELECT referral_source, main_factor, sum(decisions) AS contacts,
                   count(*) FILTER (WHERE decisions >= :least) AS practitioners,
                   min(mean_level) FILTER (WHERE decisions >= :least) AS lowest,
                   max(mean_level) FILTER (WHERE decisions >= :least) AS highest
            FROM decided GROUP BY referral_source, main_factor
            ORDER BY sum(decisions) DESC, referral_source, main_factor LIMIT :shown""";

    private final JdbcClient jdbc;
    private final CodeLists codes;
    private final AuditTrail audit;
    private final FigureChildren children;

    ThresholdConsistency(JdbcClient jdbc, CodeLists codes, AuditTrail audit, FigureChildren children) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.audit = audit;
        this.children = children;
    }

    /** The children closed with no further action in the period who were referred within 12 months after. */
    public FigureChildren.ChildrenBehind referredAgain(InsightFilter filter, StaffMember viewer) {
        if (!viewer.role().seesFigures()) {
            throw new AccessDenied(null, false);
        }
        return children.list("Children referred again within 12 months of no further action", filter,
                REFERRED_AGAIN_LIST, Map.of(), viewer);
    }

    /** The figures for the filter, for a user who sees figures (managers, performance officers); audited. */
    public Figures figures(InsightFilter filter, StaffMember viewer) {
        if (!viewer.role().seesFigures()) {
            throw new AccessDenied(null, false);
        }
        AfterNoFurtherAction after = jdbc.sql(AFTER_NO_FURTHER_ACTION).param("from", filter.from())
                .param("to", filter.to()).param("team", filter.teamParameter()).param("area", filter.area())
                .query((rs, n) -> new AfterNoFurtherAction(rs.getLong("closed"), rs.getLong("referred_after")))
                .single();
        AtAuthorisation authorisation = jdbc.sql(AT_AUTHORISATION).param("from", filter.from())
                .param("to", filter.to()).param("team", filter.teamParameter()).param("area", filter.area())
                .query((rs, n) -> new AtAuthorisation(rs.getLong("authorised"), rs.getLong("changed"))).single();
        List<Group> groups = jdbc.sql(SPREAD).param("from", filter.from()).param("to", filter.to())
                .param("team", filter.teamParameter()).param("area", filter.area()).param("least", LEAST_DECISIONS)
                .param("shown", GROUPS_SHOWN)
                .query((rs, n) -> new Group(rs.getString("referral_source") + " "
                        + codes.label("referralsourcetype", rs.getString("referral_source")),
                        rs.getString("main_factor") + " " + codes.label("assessmentfactorstype",
                                rs.getString("main_factor")), rs.getLong("contacts"), rs.getLong("practitioners"),
                        decimal(rs.getBigDecimal("lowest")), decimal(rs.getBigDecimal("highest"))))
                .list();
        audit.record(new AuditTrail.Entry(viewer.id(), viewer.username(), "VIEW_FIGURES", null,
                "Consistency of thresholds, " + filter.inWords(), null, true));
        return new Figures(after, authorisation, groups);
    }

    private static Double decimal(java.math.BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    /** Children's contacts closed with no further action in the period, and those referred within 12 months after. */
    public record AfterNoFurtherAction(long closed, long referredAfter) {
        public Long percentReferredAfter() {
            return Share.percent(referredAfter, closed);
        }
    }

    /**
     * Contacts of one source and main factor: how many, how many practitioners decided enough
     * of them to compare, and the lowest and highest of those practitioners' average levels.
     */
    public record Group(String source, String factor, long contacts, long practitioners, Double lowest,
                        Double highest) {

        /** How far apart the practitioners' average levels are, to one decimal; null with fewer than two to compare. */
        public Double spread() {
            return practitioners < 2 ? null : Math.round((highest - lowest) * 10) / 10.0;
        }

        public String levelsInWords() {
            return practitioners == 0 ? "-" : String.format("%.1f to %.1f", lowest, highest);
        }
    }

    /** Threshold decisions a hub manager authorised in the period, and those they changed first. */
    public record AtAuthorisation(long authorised, long changed) {
        public Long percentChanged() {
            return Share.percent(changed, authorised);
        }
    }

    public record Figures(AfterNoFurtherAction afterNoFurtherAction, AtAuthorisation atAuthorisation,
                          List<Group> groups) {
    }
}

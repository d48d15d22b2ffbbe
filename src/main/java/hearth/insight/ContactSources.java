package hearth.insight;

import hearth.access.AccessDenied;
import hearth.access.StaffMember;
import hearth.audit.AuditTrail;
import hearth.reference.CodeLists;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Where the front door's work comes from and what it becomes: children's contacts received
 * in the period by the DfE's source of referral, how many became referrals (decided for an
 * assessment or a strategy discussion), and how many of those referrals came within 12 months
 * of an earlier referral of the same child (the DfE's re-referral). By source, and over the
 * last eight quarters. Every child counts, restricted records too; no child is named.
 */
@Service
public class ContactSources {

    /** Each child's contact in the period and, for a referral, the child's last referral in the 12 months before. */
    private static final String SCOPED = """
            SELECT rc.person_id, rc.referral_source, rc.received_on, rc.referral,
                   coalesce(ar.postcode_district, '') AS district,
                   CASE WHEN rc.referral THEN (SELECT max(p.received_on) FROM report_contact p
                       WHERE p.person_id = rc.person_id AND p.referral AND p.contact_id <> rc.contact_id
                         AND p.received_at < rc.received_at
                         AND p.received_on >= rc.received_on - interval '12 months') END AS referred_before
            FROM report_contact rc LEFT JOIN report_child_area ar ON ar.person_id = rc.person_id
            WHERE rc.received_on BETWEEN :from AND :to
              AND """ + InsightFilter.IN_THE_AREA_IF_ANY + " AND " + InsightFilter.allocatedToTheTeam("rc.person_id");

    private static final String BY_SOURCE = "SELECT coalesce(s.referral_source, '') AS source, count(*) AS contacts,"
            + " count(*) FILTER (WHERE s.referral) AS referrals, count(s.referred_before) AS re_referrals FROM ("
            + SCOPED + ") s GROUP BY 1 ORDER BY 2 DESC, 1";

    private static final String RE_REFERRALS_LIST = "SELECT person_id, district, 'Referred '"
            + " || to_char(received_on, 'FMDD Mon YYYY') || '; referred before ' || to_char(referred_before,"
            + " 'FMDD Mon YYYY') AS detail, count(*) OVER () AS found FROM (" + SCOPED + ") s"
            + " WHERE referred_before IS NOT NULL ORDER BY received_on, person_id LIMIT :limit";

    private static final String REFERRAL_SOURCES = "referralsourcetype";
    private static final DateTimeFormatter QUARTER = DateTimeFormatter.ofPattern("MMM yyyy");

    private final JdbcClient jdbc;
    private final CodeLists codes;
    private final AuditTrail audit;
    private final FigureChildren children;

    ContactSources(JdbcClient jdbc, CodeLists codes, AuditTrail audit, FigureChildren children) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.audit = audit;
        this.children = children;
    }

    /** The children re-referred in the period: a referral within 12 months of their last one. */
    public FigureChildren.ChildrenBehind reReferred(InsightFilter filter, StaffMember viewer) {
        if (!viewer.role().seesFigures()) {
            throw new AccessDenied(null, false);
        }
        return children.list("Children re-referred within 12 months", filter, RE_REFERRALS_LIST, Map.of(), viewer);
    }

    /** The figures for the filter, for a user who sees figures (managers, performance officers); audited. */
    public Figures figures(InsightFilter filter, StaffMember viewer) {
        if (!viewer.role().seesFigures()) {
            throw new AccessDenied(null, false);
        }
        List<Source> sources = bySource(filter);
        List<Source> overTime = new ArrayList<>();
        for (InsightFilter quarter : filter.quarters()) {
            overTime.add(Source.total(QUARTER.format(quarter.from()) + " to " + QUARTER.format(quarter.to()),
                    bySource(quarter)));
        }
        audit.record(new AuditTrail.Entry(viewer.id(), viewer.username(), "VIEW_FIGURES", null,
                "Contacts and referrals by source, " + filter.inWords(), null, true));
        return new Figures(sources, Source.total("Every source", sources), overTime);
    }

    private List<Source> bySource(InsightFilter filter) {
        return jdbc.sql(BY_SOURCE).param("from", filter.from()).param("to", filter.to())
                .param("team", filter.teamParameter()).param("area", filter.area())
                .query((rs, n) -> new Source(label(rs.getString("source")), rs.getLong("contacts"),
                        rs.getLong("referrals"), rs.getLong("re_referrals"))).list();
    }

    private String label(String code) {
        return code.isEmpty() ? "Source not recorded" : code + " " + codes.label(REFERRAL_SOURCES, code);
    }

    /** Children's contacts, the referrals among them and the re-referrals among those. */
    public record Source(String label, long contacts, long referrals, long reReferrals) {

        static Source total(String label, List<Source> sources) {
            return new Source(label, sources.stream().mapToLong(Source::contacts).sum(),
                    sources.stream().mapToLong(Source::referrals).sum(),
                    sources.stream().mapToLong(Source::reReferrals).sum());
        }

        /** Referrals as a share of contacts, in whole per cent; null with no contacts. */
        public Long conversion() {
            return Share.percent(referrals, contacts);
        }

        public String conversionInWords() {
            return conversion() == null ? "-" : conversion() + "%";
        }

        public String reReferralsInWords() {
            return reReferrals + (reReferralRate() == null ? "" : " (" + reReferralRate() + "%)");
        }

        /** Re-referrals as a share of referrals, in whole per cent; null with no referrals. */
        public Long reReferralRate() {
            return Share.percent(reReferrals, referrals);
        }
    }

    public record Figures(List<Source> sources, Source total, List<Source> overTime) {

        /** The sources and then their total, the rows of the table. */
        public List<Source> withTotal() {
            List<Source> rows = new ArrayList<>(sources);
            rows.add(total);
            return rows;
        }

        /** The scale of a chart of these rows: their most contacts, at least one. */
        public long mostContacts(List<Source> rows) {
            return rows.stream().mapToLong(Source::contacts).max().orElse(0) + 1;
        }
    }
}

package hearth.insight;

import hearth.access.AccessDenied;
import hearth.access.StaffMember;
import hearth.audit.AuditTrail;
import hearth.reference.CodeLists;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
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

    private static final String BY_SOURCE = """
            WITH scoped AS (
                SELECT rc.contact_id, rc.person_id, rc.referral_source, rc.received_at, rc.received_on, rc.referral
                FROM report_contact rc LEFT JOIN report_child_area ar ON ar.person_id = rc.person_id
                WHERE rc.received_on BETWEEN :from AND :to
                  AND (CAST(:area AS text) IS NULL OR """ + InsightFilter.IN_THE_AREA + """
                  )
                  AND """ + InsightFilter.allocatedToTheTeam("rc.person_id") + """
            )
            SELECT coalesce(s.referral_source, '') AS source, count(*) AS contacts,
                   count(*) FILTER (WHERE s.referral) AS referrals,
                   count(*) FILTER (WHERE s.referral AND EXISTS (SELECT 1 FROM report_contact p
                       WHERE p.person_id = s.person_id AND p.referral AND p.contact_id <> s.contact_id
                         AND p.received_at < s.received_at
                         AND p.received_on >= s.received_on - interval '12 months')) AS re_referrals
            FROM scoped s GROUP BY 1 ORDER BY 2 DESC, 1""";

    private static final String REFERRAL_SOURCES = "referralsourcetype";
    private static final DateTimeFormatter QUARTER = DateTimeFormatter.ofPattern("MMM yyyy");

    private final JdbcClient jdbc;
    private final CodeLists codes;
    private final AuditTrail audit;

    ContactSources(JdbcClient jdbc, CodeLists codes, AuditTrail audit) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.audit = audit;
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

package hearth.oversight;

import hearth.access.StaffMember;
import hearth.assessment.Assessments;
import hearth.casework.Allocations;
import hearth.frontdoor.ContactQueries;
import hearth.planning.Plans;
import hearth.planning.Visits;
import hearth.timeliness.ClockKind;
import hearth.timeliness.Clocks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What inspectors look for in a case record and cannot find, for a case or across a
 * team: a list for managers and auditors, never a blocker.
 */
@Service
public class RecordQuality {

    private static final Set<ClockKind> VISITS = Set.of(ClockKind.CHILD_PROTECTION_VISIT, ClockKind.CHILD_IN_NEED_VISIT);

    private final Clocks clocks;
    private final Visits visits;
    private final Assessments assessments;
    private final Plans plans;
    private final Allocations allocations;
    private final ContactQueries contacts;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int weeks;

    RecordQuality(Clocks clocks, Visits visits, Assessments assessments, Plans plans, Allocations allocations, ContactQueries contacts,
                  JdbcClient jdbc, Clock clock, @Value("${hearth.oversight.weeks:6}") int weeks) {
        this.clocks = clocks;
        this.visits = visits;
        this.assessments = assessments;
        this.plans = plans;
        this.allocations = allocations;
        this.contacts = contacts;
        this.jdbc = jdbc;
        this.clock = clock;
        this.weeks = weeks;
    }

    public List<Finding> of(UUID childId) {
        List<Finding> findings = new ArrayList<>();
        clocks.forPeople(List.of(childId)).stream()
                .filter(d -> VISITS.contains(d.kind()) && d.state(clocks.now()) == Clocks.State.OVERDUE).findFirst()
                .ifPresent(d -> findings.add(new Finding(Check.CHILD_NOT_SEEN, "Visit was due "
                        + d.dueLocal().toLocalDate())));
        visits.of(childId).stream().filter(Visits.Visit::childSeen).findFirst()
                .filter(v -> blank(v.childWords()))
                .ifPresent(v -> findings.add(new Finding(Check.NO_CHILDS_WORDS, "Visit on " + v.visitedOn())));
        assessments.of(childId).stream().findFirst().filter(a -> blank(a.content().childWords()))
                .ifPresent(a -> findings.add(new Finding(Check.NO_CHILDS_WORDS, "Assessment from the referral on "
                        + a.referredOn())));
        for (Plans.Plan plan : plans.of(childId).stream().filter(Plans.Plan::open).toList()) {
            plans.outcomes(plan.id()).stream().filter(o -> o.indicator() == null || o.indicator().isBlank())
                    .forEach(o -> findings.add(new Finding(Check.OUTCOME_WITHOUT_INDICATOR, o.willChange())));
            if (plan.contingency() == null || plan.contingency().isBlank()) {
                findings.add(new Finding(Check.NO_CONTINGENCY, plan.kind().label()));
            }
        }
        lastOversight(childId).ifPresent(finding -> findings.add(finding));
        if (contacts.consentMissingFor(childId)) {
            findings.add(new Finding(Check.CONSENT_NOT_RECORDED, "The latest referral"));
        }
        return findings;
    }

    /** Each allocated case of the manager's team that has findings. */
    public List<CaseFindings> team(StaffMember manager) {
        return allocations.caseload(manager).stream()
                .map(a -> new CaseFindings(a.personId(), a.workerName(), of(a.personId())))
                .filter(c -> !c.findings().isEmpty()).toList();
    }

    public int weeks() {
        return weeks;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private Optional<Finding> lastOversight(UUID childId) {
        Optional<Allocations.Allocation> held = allocations.current(childId);
        LocalDate since = LocalDate.now(clock).minusWeeks(weeks);
        if (held.isEmpty() || held.get().startedOn().isAfter(since)) {
            return Optional.empty();
        }
        Optional<LocalDate> last = jdbc.sql("""
                SELECT max(d) FROM (SELECT held_on AS d FROM supervision WHERE person_id = :p
                                    UNION ALL SELECT recorded_on FROM management_oversight WHERE person_id = :p) x""")
                .param("p", childId).query(LocalDate.class).optional();
        return last.isPresent() && !last.get().isBefore(since) ? Optional.empty()
                : Optional.of(new Finding(Check.NO_SUPERVISION_OR_OVERSIGHT,
                        last.map(d -> "Last on " + d).orElse("None recorded")));
    }

    public enum Check {
        CHILD_NOT_SEEN("Child not seen within the visiting timescale"),
        NO_CHILDS_WORDS("No child's words in the latest visit or assessment"),
        OUTCOME_WITHOUT_INDICATOR("A plan outcome without a measurable indicator"),
        NO_CONTINGENCY("No contingency plan"),
        NO_SUPERVISION_OR_OVERSIGHT("No supervision or management oversight within the set weeks"),
        CONSENT_NOT_RECORDED("Consent not recorded");

        private final String label;

        Check(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Finding(Check check, String detail) {
    }

    public record CaseFindings(UUID personId, String workerName, List<Finding> findings) {
    }
}

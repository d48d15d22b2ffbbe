package hearth.oversight;

import hearth.assessment.Assessments;
import hearth.casework.Allocations;
import hearth.frontdoor.ContactQueries;
import hearth.planning.PlanId;
import hearth.planning.Plans;
import hearth.planning.Visits;
import hearth.platform.Labelled;
import hearth.platform.PersonId;
import hearth.platform.Text;
import hearth.platform.Words;
import hearth.timeliness.ClockKind;
import hearth.timeliness.Clocks;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    public List<Finding> of(PersonId childId) {
        Map<PersonId, LocalDate> allocated = new HashMap<>();
        allocations.current(childId).ifPresent(a -> allocated.put(childId, a.startedOn()));
        return findings(List.of(childId), allocated).get(childId);
    }

    /**
     * Each case of a caseload (a manager's team, from {@link Allocations#caseload}) that has
     * findings. Every check asks about the whole caseload at once, so the page costs a
     * handful of queries however large the team.
     */
    public List<CaseFindings> team(List<Allocations.Allocation> caseload) {
        Map<PersonId, LocalDate> allocated = new HashMap<>();
        caseload.forEach(a -> allocated.put(a.personId(), a.startedOn()));
        Map<PersonId, List<Finding>> findings = findings(List.copyOf(allocated.keySet()), allocated);
        return caseload.stream().map(a -> new CaseFindings(a.personId(), a.workerName(), findings.get(a.personId())))
                .filter(c -> !c.findings().isEmpty()).toList();
    }

    public int weeks() {
        return weeks;
    }

    /** The findings of each child, in the order the checks are listed, from one query per check. */
    private Map<PersonId, List<Finding>> findings(List<PersonId> children, Map<PersonId, LocalDate> allocatedSince) {
        Map<PersonId, List<Finding>> findings = new HashMap<>();
        children.forEach(child -> findings.put(child, new ArrayList<>()));
        notSeen(children, findings);
        visits.latestSeen(children).forEach((child, v) -> {
            if (Text.blank(v.childWords())) {
                findings.get(child).add(new Finding(Check.NO_CHILDS_WORDS, "Visit on " + Words.day(v.visitedOn())));
            }
        });
        assessments.latest(children).forEach((child, a) -> {
            if (Text.blank(a.content().childWords())) {
                findings.get(child).add(new Finding(Check.NO_CHILDS_WORDS, "Assessment from the referral on "
                        + Words.day(a.referredOn())));
            }
        });
        openPlans(children, findings);
        lastOversight(allocatedSince).forEach((child, finding) -> findings.get(child).add(finding));
        contacts.consentMissingAmong(children)
                .forEach(child -> findings.get(child).add(new Finding(Check.CONSENT_NOT_RECORDED, "The latest referral")));
        return findings;
    }

    /** The earliest overdue visit of each child who has one. */
    private void notSeen(List<PersonId> children, Map<PersonId, List<Finding>> findings) {
        Instant now = clocks.now();
        Set<PersonId> listed = new HashSet<>();
        clocks.open(children, VISITS).stream()
                .filter(d -> d.state(now) == Clocks.State.OVERDUE && listed.add(d.personId()))
                .forEach(d -> findings.get(d.personId()).add(new Finding(Check.CHILD_NOT_SEEN, "Visit was due "
                        + Words.day(d.dueLocal().toLocalDate()))));
    }

    /** Open plans' outcomes without an indicator, and open plans without a contingency. */
    private void openPlans(List<PersonId> children, Map<PersonId, List<Finding>> findings) {
        List<Plans.Plan> open = plans.open(children);
        Map<PlanId, List<Plans.PlannedOutcome>> outcomes = plans.outcomes(open.stream().map(Plans.Plan::id).toList());
        for (Plans.Plan plan : open) {
            List<Finding> of = findings.get(plan.personId());
            outcomes.getOrDefault(plan.id(), List.of()).stream().filter(o -> Text.blank(o.indicator()))
                    .forEach(o -> of.add(new Finding(Check.OUTCOME_WITHOUT_INDICATOR, o.willChange())));
            if (Text.blank(plan.contingency())) {
                of.add(new Finding(Check.NO_CONTINGENCY, plan.kind().label()));
            }
        }
    }

    /** Children held for longer than the set weeks without supervision or oversight within them. */
    private Map<PersonId, Finding> lastOversight(Map<PersonId, LocalDate> allocatedSince) {
        LocalDate since = LocalDate.now(clock).minusWeeks(weeks);
        List<PersonId> held = allocatedSince.entrySet().stream().filter(e -> !e.getValue().isAfter(since))
                .map(Map.Entry::getKey).toList();
        if (held.isEmpty()) {
            return Map.of();
        }
        Map<PersonId, LocalDate> last = new HashMap<>();
        jdbc.sql("""
                SELECT person_id, max(d) FROM (SELECT person_id, held_on AS d FROM supervision WHERE person_id IN (:p)
                       UNION ALL SELECT person_id, recorded_on FROM management_oversight WHERE person_id IN (:p)) x
                GROUP BY person_id""")
                .param("p", held).query(rs -> {
                    last.put(new PersonId(rs.getObject(1, UUID.class)), rs.getObject(2, LocalDate.class));
                });
        Map<PersonId, Finding> missing = new HashMap<>();
        for (PersonId child : held) {
            LocalDate on = last.get(child);
            if (on == null || on.isBefore(since)) {
                missing.put(child, new Finding(Check.NO_SUPERVISION_OR_OVERSIGHT,
                        on == null ? "None recorded" : "Last on " + Words.day(on)));
            }
        }
        return missing;
    }

    public enum Check implements Labelled {
        CHILD_NOT_SEEN,
        NO_CHILDS_WORDS,
        OUTCOME_WITHOUT_INDICATOR,
        NO_CONTINGENCY,
        NO_SUPERVISION_OR_OVERSIGHT,
        CONSENT_NOT_RECORDED;
    }

    public record Finding(Check check, String detail) {
    }

    public record CaseFindings(PersonId personId, String workerName, List<Finding> findings) {
    }
}

package hearth.demo;

import hearth.access.ChildRelationshipStarted;
import hearth.access.RecordRestrictions;
import hearth.access.StaffMember;
import hearth.casework.Allocations;
import hearth.casework.CaseAlerts;
import hearth.casework.Involvements;
import hearth.platform.Progress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Open cases in the national proportions (about 2,000 children in need, 250 of them on
 * child protection plans, per 60,000 children), allocated through the same service a
 * manager uses, so that access, audit and chronology follow as they would in real use.
 */
@Component
@Order(30)
class CaseworkStep implements GenerationStep {

    /** Plan categories at the start of a plan, as in DfE figures (neglect half, emotional over a third). */
    private static final Weighted<String> CATEGORIES = new Weighted<String>()
            .add("Neglect", 50.5).add("Emotional abuse", 35.7).add("Physical abuse", 7.4)
            .add("Sexual abuse", 3.8).add("Multiple categories", 2.6);
    static final int CHAIRED_CONFERENCES = 30;

    private final Allocations allocations;
    private final Involvements involvements;
    private final CaseAlerts alerts;
    private final RecordRestrictions restrictions;
    private final ApplicationEventPublisher events;

    CaseworkStep(Allocations allocations, Involvements involvements, CaseAlerts alerts,
                 RecordRestrictions restrictions, ApplicationEventPublisher events) {
        this.allocations = allocations;
        this.involvements = involvements;
        this.alerts = alerts;
        this.restrictions = restrictions;
        this.events = events;
    }

    @Override
    public String title() {
        return "Open cases";
    }

    @Override
    public long size(SyntheticCouncil council) {
        return council.openCases();
    }

    @Override
    public void run(SyntheticCouncil council, Progress progress) {
        List<SyntheticCouncil.KnownChild> candidates = new ArrayList<>(council.openCaseCandidates);
        Collections.shuffle(candidates, new java.util.Random(council.random.nextLong()));
        List<Map.Entry<String, List<StaffMember>>> teams = new ArrayList<>(council.caseholders.entrySet());
        int open = Math.min(council.openCases(), candidates.size());
        List<SyntheticCouncil.KnownChild> chaired = new ArrayList<>();
        for (int i = 0; i < open; i++) {
            SyntheticCouncil.KnownChild child = candidates.get(i);
            Map.Entry<String, List<StaffMember>> team = teams.get(i % teams.size());
            StaffMember worker = team.getValue().get((i / teams.size()) % team.getValue().size());
            StaffMember manager = council.managers.get(team.getKey());
            LocalDate from = allocationDate(council, child);
            allocations.allocate(child.id(), worker.teamId(), worker.id(), from, manager);
            boolean protection = i < council.childProtectionPlans();
            involvements.start(child.id(), protection ? Involvements.Kind.CHILD_PROTECTION : Involvements.Kind.CHILD_IN_NEED,
                    from, manager);
            if (protection) {
                alerts.raise(child.id(), "CHILD_PROTECTION_PLAN", "Subject of a child protection plan: "
                        + CATEGORIES.pick(council.random).toLowerCase(), from);
                if (chaired.size() < CHAIRED_CONFERENCES) {
                    chaired.add(child);
                }
            }
            progress.advance(1);
        }
        chairConferences(council, chaired);
        restrictOne(council);
    }

    private static LocalDate allocationDate(SyntheticCouncil council, SyntheticCouncil.KnownChild child) {
        LocalDate earliest = child.knownSince().isAfter(council.today.minusYears(1)) ? child.knownSince()
                : council.today.minusYears(1);
        long span = Math.max(1, council.today.toEpochDay() - earliest.toEpochDay());
        return earliest.plusDays(council.random.nextLong(span));
    }

    /**
     * The conference chair sees the records of children whose conferences they chair. Until
     * child protection conferences are recorded in Hearth, the demo gives the chair some.
     */
    private void chairConferences(SyntheticCouncil council, List<SyntheticCouncil.KnownChild> children) {
        for (StaffMember chair : council.chairs) {
            children.forEach(child -> events.publishEvent(new ChildRelationshipStarted(child.id(),
                    ChildRelationshipStarted.Kind.CONFERENCE_CHAIR, chair.id(), null, "demo-conference:" + child.id(),
                    council.now)));
        }
    }

    /**
     * One child in the demo assessment team is a member of staff's relative: only the team
     * manager and the allocated worker are named, so their teammates and even the head of
     * service cannot open it.
     */
    private void restrictOne(SyntheticCouncil council) {
        StaffMember manager = council.managers.get(StaffStep.ASSESSMENT_TEAM);
        allocations.caseload(manager).stream()
                .filter(a -> !a.workerId().equals(council.caseholders.get(StaffStep.ASSESSMENT_TEAM).get(0).id()))
                .findFirst()
                .ifPresent(a -> restrictions.restrict(a.personId(), "Relative of a member of staff", manager,
                        List.of(manager.id(), a.workerId())));
    }
}

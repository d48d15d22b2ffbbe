package hearth.demo;

import hearth.access.StaffMember;
import hearth.casework.Allocations;
import hearth.oversight.Engagement;
import hearth.oversight.Oversight;
import hearth.oversight.SupervisionRecord;
import hearth.oversight.Supervisions;
import hearth.platform.PersonId;
import hearth.platform.Progress;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Supervision, managers' directions and parents' non-engagement on the open cases: most
 * supervised every four to eight weeks with actions checked the next time, some not
 * supervised for too long, a few families who keep missing appointments.
 */
@Component
@Order(50)
class OversightStep implements GenerationStep {

    static final int UNSUPERVISED_PERCENT = 15;
    static final int DIRECTION_PERCENT = 25;
    static final int NON_ENGAGING_PERCENT = 8;
    private static final List<String[]> ACTIONS = List.of(new String[] {"See the child alone at school", "Social worker"},
            new String[] {"Refer mother to the parenting course", "Family support worker"},
            new String[] {"Ask the GP for the health history", "Social worker"},
            new String[] {"Invite father to the core group", "Social worker"});

    private final Allocations allocations;
    private final Supervisions supervisions;
    private final Oversight oversight;
    private final Engagement engagement;

    OversightStep(Allocations allocations, Supervisions supervisions, Oversight oversight, Engagement engagement) {
        this.allocations = allocations;
        this.supervisions = supervisions;
        this.oversight = oversight;
        this.engagement = engagement;
    }

    @Override
    public String title() {
        return "Supervision and oversight";
    }

    @Override
    public long size(SyntheticCouncil council) {
        return council.openCases();
    }

    @Override
    public void run(SyntheticCouncil council, Progress progress) {
        for (String team : council.caseholders.keySet()) {
            StaffMember manager = council.managers.get(team);
            for (Allocations.Allocation held : allocations.caseload(manager)) {
                SplittableRandom random = council.random.split();
                supervise(council.today, held, manager, random);
                if (random.nextInt(100) < DIRECTION_PERCENT) {
                    oversight.record(held.personId(), council.today.minusDays(random.nextInt(60)),
                            "Agreed the plan's next steps with the worker; review again after the core group", manager);
                }
                if (random.nextInt(100) < NON_ENGAGING_PERCENT) {
                    missAppointments(council.today, held.personId(), manager, random);
                }
                progress.advance(1);
            }
        }
    }

    private void supervise(LocalDate today, Allocations.Allocation held, StaffMember manager, SplittableRandom random) {
        boolean drifting = random.nextInt(100) < UNSUPERVISED_PERCENT;
        LocalDate last = drifting ? today.minusWeeks(7 + random.nextInt(10)) : today.minusDays(random.nextInt(35));
        LocalDate first = last.minusWeeks(4L * random.nextInt(4));
        for (LocalDate on = first; !on.isAfter(last); on = on.plusWeeks(4 + random.nextInt(5))) {
            if (on.isBefore(held.startedOn())) {
                continue;
            }
            Map<UUID, SupervisionRecord.ActionCheck> checks = new LinkedHashMap<>();
            supervisions.openActions(held.personId()).forEach(a -> checks.put(a.id(),
                    new SupervisionRecord.ActionCheck(random.nextInt(100) < 80, null)));
            String[] action = ACTIONS.get(random.nextInt(ACTIONS.size()));
            supervisions.record(held.personId(), new SupervisionRecord(held.workerId(), on,
                    "The family let us in and the child talks to the worker", "Drift since the last review",
                    "I want things to stay calm at home", "Continue the plan; " + action[0].toLowerCase(),
                    List.of(new SupervisionRecord.NewAction(action[0], action[1], on.plusWeeks(2))), checks), manager);
        }
    }

    private void missAppointments(LocalDate today, PersonId child, StaffMember by, SplittableRandom random) {
        int times = 1 + random.nextInt(4);
        for (int i = 0; i < times; i++) {
            engagement.record(child, Engagement.Kind.values()[random.nextInt(Engagement.Kind.values().length)], "Mother",
                    today.minusDays(1 + random.nextInt(85)), null, by);
        }
    }
}

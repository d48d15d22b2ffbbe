package hearth.demo;

import hearth.access.ChildRelationshipStarted;
import hearth.access.RecordRestrictions;
import hearth.access.StaffMember;
import hearth.casework.Allocations;
import hearth.casework.CaseClosures;
import hearth.casework.CaseTransfers;
import hearth.planning.PlanId;
import hearth.planning.PlanKind;
import hearth.planning.Plans;
import hearth.platform.PersonId;
import hearth.platform.Progress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Open cases in the national proportions (about 2,000 children in need, 250 of them on
 * child protection plans, per 60,000 children), each with its journey so far recorded
 * through the services a worker uses: strategy discussions, enquiries, conferences, plans,
 * meetings and visits, some of them late. Some past cases are closed with the DfE reason,
 * and a few transfers wait for the receiving team.
 */
@Component
@Order(30)
class CaseworkStep implements GenerationStep {

    /** Open plans by how long they have run (longer plans are fewer: most end within a year). */
    private static final Weighted<int[]> PROTECTION_AGE_DAYS = new Weighted<int[]>()
            .add(new int[] {20, 90}, 35).add(new int[] {91, 180}, 25).add(new int[] {181, 365}, 28)
            .add(new int[] {366, 720}, 12);
    private static final Weighted<int[]> CHILD_IN_NEED_AGE_DAYS = new Weighted<int[]>()
            .add(new int[] {15, 90}, 30).add(new int[] {91, 180}, 25).add(new int[] {181, 365}, 30)
            .add(new int[] {366, 720}, 15);
    private static final Weighted<String> CLOSURE_REASONS = new Weighted<String>()
            .add("RC7", 55).add("RC8", 15).add("RC9", 15).add("RC5", 6).add("RC3", 4).add("RC4", 3).add("RC6", 2);
    static final int CHAIRED_CONFERENCES = 30;
    /** The oldest case history (a stepped-down plan, about 1,150 days) less the 40 weeks before birth. */
    static final int YOUNGEST_CASE_DAYS = 870;
    /**
     * Working days from the referral that opens a child in need case to its plan, the length of
     * its assessment: about four in five within the 45 working days, as nationally. At least 18,
     * so the enquiry some cases have (20 days before the plan) follows the referral.
     */
    private static final Weighted<int[]> REFERRAL_TO_PLAN_WORKING_DAYS = new Weighted<int[]>()
            .add(new int[] {18, 33}, 30).add(new int[] {34, 45}, 50).add(new int[] {46, 80}, 20);
    static final int STEPPED_DOWN_PERCENT = 12;
    static final int ENQUIRY_WITHOUT_CONFERENCE_PERCENT = 15;

    private final Allocations allocations;
    private final Pathways pathways;
    private final Plans plans;
    private final CaseClosures closures;
    private final CaseTransfers transfers;
    private final RecordRestrictions restrictions;
    private final ApplicationEventPublisher events;
    private final CaseReferrals referrals;

    CaseworkStep(Allocations allocations, Pathways pathways, Plans plans, CaseClosures closures,
                 CaseTransfers transfers, RecordRestrictions restrictions, ApplicationEventPublisher events,
                 CaseReferrals referrals) {
        this.referrals = referrals;
        this.allocations = allocations;
        this.pathways = pathways;
        this.plans = plans;
        this.closures = closures;
        this.transfers = transfers;
        this.restrictions = restrictions;
        this.events = events;
    }

    @Override
    public String title() {
        return "Cases and their pathways";
    }

    @Override
    public long size(SyntheticCouncil council) {
        return council.openCases() + closedCases(council);
    }

    @Override
    public void run(SyntheticCouncil council, Progress progress) {
        List<SyntheticCouncil.KnownChild> candidates = new ArrayList<>(council.openCaseCandidates);
        // A case's history reaches back up to about three years: a child born since could not
        // have been referred then (the census allows a referral at most 40 weeks before birth).
        candidates.removeIf(c -> c.born() != null && c.born().isAfter(council.today.minusDays(YOUNGEST_CASE_DAYS)));
        Collections.shuffle(candidates, new java.util.Random(council.random.nextLong()));
        List<StaffMember> workers = council.caseholders.values().stream().flatMap(List::stream).toList();
        Caseloads caseloads = new Caseloads(workers, council.random.split());
        int open = Math.min(council.openCases(), candidates.size());
        int closed = Math.min(closedCases(council), candidates.size() - open);
        List<SyntheticCouncil.KnownChild> chaired = new ArrayList<>();
        UUID chair = council.chairs.get(0).id();
        try (CaseReferrals.Writer referred = referrals.open(council)) {
            cases(council, candidates, caseloads, workers, open, closed, chaired, chair, referred, progress);
        }
        chairConferences(council, chaired);
        restrictOne(council);
    }

    private void cases(SyntheticCouncil council, List<SyntheticCouncil.KnownChild> candidates, Caseloads caseloads,
                       List<StaffMember> workers, int open, int closed, List<SyntheticCouncil.KnownChild> chaired,
                       UUID chair, CaseReferrals.Writer referred, Progress progress) {
        for (int i = 0; i < open + closed; i++) {
            SyntheticCouncil.KnownChild child = candidates.get(i);
            StaffMember worker = i < open ? caseloads.next() : workers.get(i % workers.size());
            String team = teamOf(council, worker);
            StaffMember manager = council.managers.get(team);
            boolean protection = i < council.childProtectionPlans();
            Pathways.Journey journey = new Pathways.Journey(new PersonId(child.id()), child.born(), worker,
                    protection || i >= open ? null : council.supportWorkers.get(team), chair,
                    Concern.pick(protection, council.random), council.random.split());
            if (i >= open) {
                closedCase(council, journey, manager, referred);
            } else if (protection) {
                onProtectionPlan(council, journey, manager, referred);
                if (chaired.size() < CHAIRED_CONFERENCES) {
                    chaired.add(child);
                }
            } else {
                inNeed(council, journey, manager, referred);
                if ((i - council.childProtectionPlans()) % 150 == 7 && council.caseholders.size() > 1) {
                    transfers.request(new PersonId(child.id()), firstWorkerOfTheNextTeam(council, team).teamId(), "Assessment complete and plan agreed; "
                            + "the school is the key agency. Next review due in the new year.", worker);
                }
            }
            progress.advance(1);
        }
    }

    private static StaffMember firstWorkerOfTheNextTeam(SyntheticCouncil council, String team) {
        List<String> names = new ArrayList<>(council.caseholders.keySet());
        return council.caseholders.get(names.get((names.indexOf(team) + 1) % names.size())).get(0);
    }

    private static String teamOf(SyntheticCouncil council, StaffMember worker) {
        return council.caseholders.entrySet().stream().filter(team -> team.getValue().contains(worker))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private void onProtectionPlan(SyntheticCouncil council, Pathways.Journey journey, StaffMember manager,
                                  CaseReferrals.Writer referred) {
        LocalDate conference = pathways.lastWorkingDayOnOrBefore(council.today.minusDays(days(PROTECTION_AGE_DAYS,
                journey)));
        LocalDate strategyDay = pathways.strategyDayFor(conference, journey.random());
        allocate(journey, strategyDay.minusDays(journey.random().nextInt(4)), manager, referred, true);
        PlanId plan = pathways.protectionPlan(journey, strategyDay, conference);
        pathways.keepProtectionPlan(journey, plan, conference, council.today, false);
    }

    private void inNeed(SyntheticCouncil council, Pathways.Journey journey, StaffMember manager,
                        CaseReferrals.Writer referred) {
        LocalDate start = pathways.lastWorkingDayOnOrBefore(council.today.minusDays(days(CHILD_IN_NEED_AGE_DAYS,
                journey)));
        int path = journey.random().nextInt(100);
        if (path < STEPPED_DOWN_PERCENT) {
            LocalDate conference = pathways.lastWorkingDayOnOrBefore(start.minusMonths(3 + journey.random().nextInt(10)));
            LocalDate strategyDay = pathways.strategyDayFor(conference, journey.random());
            journey = journey.steppedDown();
            allocate(journey, strategyDay.minusDays(journey.random().nextInt(4)), manager, referred, true);
            pathways.keepProtectionPlan(journey, pathways.protectionPlan(journey, strategyDay, conference), conference,
                    start, true);
        } else {
            allocate(journey, pathways.workingDaysBefore(start, days(REFERRAL_TO_PLAN_WORKING_DAYS, journey)), manager,
                    referred, false);
            if (path < STEPPED_DOWN_PERCENT + ENQUIRY_WITHOUT_CONFERENCE_PERCENT) {
                pathways.enquiryWithoutConference(journey, pathways.lastWorkingDayOnOrBefore(start.minusDays(20)));
            }
            plans.startChildInNeedPlan(journey.child(), start, journey.worker());
        }
        PlanId plan = plans.open(journey.child(), PlanKind.CHILD_IN_NEED).orElseThrow().id();
        pathways.keepChildInNeedPlan(journey, plan, start, council.today);
    }

    /** A past case: assessed and closed, or helped on a plan and closed when the work was done. */
    private void closedCase(SyntheticCouncil council, Pathways.Journey journey, StaffMember manager,
                            CaseReferrals.Writer referred) {
        SplittableRandom random = journey.random();
        LocalDate start = pathways.lastWorkingDayOnOrBefore(council.today.minusDays(190 + random.nextInt(500)));
        allocate(journey, start.minusDays(30), manager, referred, false);
        String reason = CLOSURE_REASONS.pick(random);
        LocalDate closedOn;
        if (reason.equals("RC8") || reason.equals("RC9")) {
            closedOn = pathways.workingDaysAfter(start, random.nextInt(20));
        } else {
            PlanId plan = plans.startChildInNeedPlan(journey.child(), start, journey.worker());
            closedOn = start.plusDays(60 + random.nextInt(120));
            pathways.keepChildInNeedPlan(journey, plan, start, closedOn);
        }
        closures.close(journey.child(), closedOn, reason, "Work with the family has ended.", manager);
    }

    /** The case opens with its referral, received on the day it is allocated. */
    private void allocate(Pathways.Journey journey, LocalDate from, StaffMember manager, CaseReferrals.Writer referred,
                          boolean protection) {
        referred.referral(journey, from, protection);
        allocations.allocate(journey.child(), journey.worker().teamId(), journey.worker().id(), from, manager);
    }

    private static int days(Weighted<int[]> ages, Pathways.Journey journey) {
        int[] range = ages.pick(journey.random());
        return range[0] + journey.random().nextInt(range[1] - range[0] + 1);
    }

    /** A quarter as many closed cases as open ones, so closure reasons and past plans show. */
    static int closedCases(SyntheticCouncil council) {
        return council.openCases() / 4;
    }

    /**
     * The conference chair sees the records of children whose conferences they chair. Each
     * conference the demo records names its chair, which links them; this links every chair
     * to some children as well, so a second chair has records to open too.
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

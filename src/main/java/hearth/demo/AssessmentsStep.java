package hearth.demo;

import hearth.access.StaffMember;
import hearth.assessment.Assessment;
import hearth.assessment.AssessmentId;
import hearth.assessment.AssessmentOutcome;
import hearth.assessment.Assessments;
import hearth.assessment.NeglectTool;
import hearth.assessment.NeglectToolDefinition;
import hearth.casework.Allocations;
import hearth.planning.PlanKind;
import hearth.planning.Plans;
import hearth.platform.PersonId;
import hearth.platform.Progress;
import hearth.timeliness.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Assessments for open cases, through the services a worker and manager use: most children
 * on a child in need plan were assessed first, authorised in the national durations (median
 * 33 working days from referral, a quarter by 17, three quarters by 43, about 86% within 45);
 * a few new assessments are under way, some missing the child's words or whether they were
 * seen alone; and a fifth of children have had the neglect tool completed once to three
 * times, mostly getting a little better.
 */
@Component
@Order(40)
class AssessmentsStep implements GenerationStep {

    static final int ASSESSED_PERCENT = 80;
    static final int IN_PROGRESS_PERCENT = 6;
    static final int NEGLECT_TOOL_PERCENT = 20;
    /** Working days from referral to authorisation. */
    private static final Weighted<int[]> DURATION = new Weighted<int[]>().add(new int[] {5, 17}, 25)
            .add(new int[] {18, 33}, 25).add(new int[] {34, 43}, 25).add(new int[] {44, 45}, 11)
            .add(new int[] {46, 90}, 14);
    private static final int LONGEST_WORKING_DAYS = 90;
    private static final List<String> FACTORS = List.of("3A", "3B", "4B", "1B", "2B", "16A", "17A", "5B", "7A", "10A");
    private static final List<String> WORDS = List.of("I don't like it when they shout.",
            "Mum is sad a lot and stays in bed.", "I make my own tea most nights.", "I want my dad to stop drinking.",
            "It's better when Nan is there.", "Drew a picture of home with everyone smiling but said it was pretend.");
    private static final List<String> FAMILY = List.of("Mother", "Mother and father", "Father", "Mother and grandmother",
            "Mother and her partner");

    private final Allocations allocations;
    private final Plans plans;
    private final Assessments assessments;
    private final NeglectTool neglectTool;
    private final Pathways pathways;

    AssessmentsStep(Allocations allocations, Plans plans, Assessments assessments, NeglectTool neglectTool,
                    Pathways pathways) {
        this.allocations = allocations;
        this.plans = plans;
        this.assessments = assessments;
        this.neglectTool = neglectTool;
        this.pathways = pathways;
    }

    @Override
    public String title() {
        return "Assessments and neglect tool";
    }

    @Override
    public long size(SyntheticCouncil council) {
        return council.openCases();
    }

    @Override
    public void run(SyntheticCouncil council, Progress progress) {
        SplittableRandom random = council.random.split();
        for (Map.Entry<String, List<StaffMember>> team : council.caseholders.entrySet()) {
            StaffMember manager = council.managers.get(team.getKey());
            for (StaffMember worker : team.getValue()) {
                List<Allocations.Allocation> caseload = new ArrayList<>(allocations.caseload(worker));
                caseload.sort(Comparator.comparing(a -> a.personId().value()));
                for (Allocations.Allocation allocation : caseload) {
                    assess(council, allocation, worker, manager, random);
                    progress.advance(1);
                }
            }
        }
    }

    private void assess(SyntheticCouncil council, Allocations.Allocation allocation, StaffMember worker,
                        StaffMember manager, SplittableRandom random) {
        PersonId child = allocation.personId();
        plans.open(child, PlanKind.CHILD_IN_NEED).filter(plan -> random.nextInt(100) < ASSESSED_PERCENT)
                .ifPresent(plan -> authorised(child, allocation.startedOn(), plan.startedOn(), worker, manager, random));
        if (random.nextInt(100) < IN_PROGRESS_PERCENT) {
            inProgress(council, child, worker, random);
        }
        if (random.nextInt(100) < NEGLECT_TOOL_PERCENT) {
            neglectTool(council, child, worker, random);
        }
    }

    /**
     * Authorised on the day the plan it recommended started. A case opened for this assessment is
     * assessed from its referral (the day it was allocated), so the census finds the referral that
     * opened it; a case opened long before (a protection plan stepped down) was assessed later,
     * in the national durations.
     */
    private void authorised(PersonId child, LocalDate referral, LocalDate planStarted, StaffMember worker,
                            StaffMember manager, SplittableRandom random) {
        LocalDate authorisedOn = pathways.lastWorkingDayOnOrBefore(planStarted);
        int[] range = DURATION.pick(random);
        int drawn = range[0] + random.nextInt(range[1] - range[0] + 1);
        LocalDate referredOn = referral.isBefore(pathways.workingDaysBefore(authorisedOn, LONGEST_WORKING_DAYS))
                ? pathways.workingDaysBefore(authorisedOn, drawn) : min(referral, authorisedOn);
        int days = Math.max(1, pathways.workingDaysBetween(referredOn, authorisedOn));
        AssessmentId id = assessments.start(child, null, at(referredOn, 10, random.nextInt(360)), worker);
        LocalDate seenOn = pathways.workingDaysAfter(referredOn, Math.min(days - 1, 3 + random.nextInt(8)));
        boolean alone = random.nextInt(100) < 75;
        assessments.save(id, 0, content(seenOn, alone, true, days > 45, AssessmentOutcome.CHILD_IN_NEED_PLAN, random),
                worker);
        LocalDate submittedOn = seenOn.isBefore(authorisedOn) ? pathways.workingDaysBefore(authorisedOn,
                random.nextInt(2)) : authorisedOn;
        assessments.submit(id, 1, worker, at(max(submittedOn, seenOn), 14, random.nextInt(60)));
        assessments.authorise(id, 2, manager, at(authorisedOn, 16, random.nextInt(50)));
    }

    /** A new referral being assessed; some drafts still lack the child's words or whether they were seen alone. */
    private void inProgress(SyntheticCouncil council, PersonId child, StaffMember worker, SplittableRandom random) {
        LocalDate referredOn = pathways.workingDaysBefore(council.today, 2 + random.nextInt(55));
        AssessmentId id = assessments.start(child, null, at(referredOn, 11, random.nextInt(300)), worker);
        LocalDate seenOn = pathways.workingDaysAfter(referredOn, 1 + random.nextInt(3));
        if (seenOn.isAfter(council.today)) {
            return;
        }
        int gap = random.nextInt(100);
        Assessment.Content draft = content(seenOn, random.nextInt(100) < 70, gap >= 30, false, null, random);
        if (gap >= 15 && gap < 30) {
            draft = new Assessment.Content(draft.seenBy(), draft.seenOn(), null, null, draft.livedExperience(),
                    draft.childWords(), List.of(), null, null, null, draft.impact(), null, null, draft.factors(), null,
                    null);
        }
        assessments.save(id, 0, draft, worker);
    }

    private Assessment.Content content(LocalDate seenOn, boolean alone, boolean words, boolean late,
                                       AssessmentOutcome outcome, SplittableRandom random) {
        List<String> factors = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            String factor = FACTORS.get(random.nextInt(FACTORS.size()));
            if (!factors.contains(factor)) {
                factors.add(factor);
            }
        }
        return new Assessment.Content("Allocated social worker", seenOn, alone,
                alone ? null : "Parent would not agree to the child being seen alone at this visit",
                "Goes to school most days; often tired; spends evenings in their room.",
                words ? WORDS.get(random.nextInt(WORDS.size())) : null, List.of(),
                "Earlier contacts describe the same worries building over time.",
                "Parent loving but struggling to put the child's needs first.", "Overcrowded housing; money tight.",
                "The child is anxious and falling behind at school.", "Parental mental health and isolation.",
                "Parent engaged with the assessment.", factors, outcome,
                late ? "Family unavailable for several weeks; partner agencies slow to share information." : null);
    }

    /** One to three completions some weeks apart, grades mostly easing a little as help takes hold. */
    private void neglectTool(SyntheticCouncil council, PersonId child, StaffMember worker, SplittableRandom random) {
        NeglectToolDefinition tool = neglectTool.definition();
        Map<String, Integer> grades = new HashMap<>();
        tool.items().forEach(item -> grades.put(item.id(), 2 + random.nextInt(3)));
        int times = 1 + random.nextInt(3);
        LocalDate on = council.today.minusDays(30 + random.nextInt(40) + (times - 1) * 70L);
        String family = FAMILY.get(random.nextInt(FAMILY.size()));
        for (int i = 0; i < times && !on.isAfter(council.today); i++) {
            neglectTool.record(child, on, family, grades, null, worker);
            grades.replaceAll((item, grade) -> {
                int roll = random.nextInt(100);
                return Math.max(1, Math.min(5, grade + (roll < 45 ? -1 : roll < 85 ? 0 : 1)));
            });
            on = on.plusDays(56 + random.nextInt(28));
        }
    }

    private static Instant at(LocalDate day, int hour, int minutes) {
        return day.atTime(hour, 0).plusMinutes(minutes).atZone(WorkingCalendar.LONDON).toInstant();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}

package hearth.demo;

import hearth.access.StaffMember;
import hearth.childprotection.ChildProtection;
import hearth.childprotection.EnquiryId;
import hearth.childprotection.StrategyDecision;
import hearth.childprotection.StrategyDiscussion;
import hearth.planning.MeetingKind;
import hearth.planning.MeetingRecord;
import hearth.planning.PlanContent;
import hearth.planning.PlanEnd;
import hearth.planning.PlanId;
import hearth.planning.PlanKind;
import hearth.planning.Plans;
import hearth.planning.VisitDetails;
import hearth.planning.Visits;
import hearth.platform.PersonId;
import hearth.timeliness.WorkingCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A child's journey through strategy discussion, enquiry, conference and plans, recorded
 * through the same services a worker uses, with the national durations: most conferences
 * within 15 working days of the strategy discussion, and meetings and visits mostly on
 * time, with some drift for the clocks to find.
 */
@Component
class Pathways {

    /** Working days from strategy discussion to conference: median 14, about 81% within 15. */
    private static final Weighted<int[]> TO_CONFERENCE = new Weighted<int[]>()
            .add(new int[] {9, 13}, 25).add(new int[] {14, 14}, 25).add(new int[] {15, 15}, 31)
            .add(new int[] {16, 30}, 19);
    static final int SUPPORT_WORKER_VISITS_PERCENT = 40;
    private static final List<String> CHAIRS = List.of("Helen Okafor", "Mark Jennings", "Priya Desai");
    private static final List<String> PARTNER_NAMES = List.of("Sam Whitfield", "Aisha Rahman", "Tom Bradley",
            "Grace Mensah", "Owen Pritchard", "Laura Kowalski");
    private static final Map<String, String> PARTNER_ROLES = Map.of("POLICE", "Detective constable, child abuse team",
            "HEALTH", "Named nurse for safeguarding", "EDUCATION", "Designated safeguarding lead",
            "OTHER", "Housing officer");
    private static final List<String> NOT_SEEN = List.of("No answer at the door", "Child staying with grandparents",
            "Mother refused entry", "Child asleep; mother asked us not to wake her");

    private static final List<String> CHILD_VIEWS = List.of("I like it better now Mum takes me to school.",
            "I still don't like it when they shout.", "It's OK. I want to see my dad more.",
            "I don't want any more meetings.");

    private final ChildProtection childProtection;
    private final Plans plans;
    private final Visits visits;
    private final WorkingCalendar calendar;

    Pathways(ChildProtection childProtection, Plans plans, Visits visits, WorkingCalendar calendar) {
        this.childProtection = childProtection;
        this.plans = plans;
        this.visits = visits;
        this.calendar = calendar;
    }

    /** The day a child protection journey that leads to a plan on {@code conference} began. */
    LocalDate strategyDayFor(LocalDate conference, SplittableRandom random) {
        int[] range = TO_CONFERENCE.pick(random);
        return workingDaysBefore(conference, range[0] + random.nextInt(range[1] - range[0] + 1));
    }

    /** Strategy discussion, joint enquiry and initial conference, making a plan on {@code conference}. */
    PlanId protectionPlan(Journey journey, LocalDate strategyDay, LocalDate conference) {
        SplittableRandom random = journey.random();
        int absent = random.nextInt(100);
        Set<String> agencies = absent < 8 ? Set.of("SOCIAL_CARE", "POLICE", "EDUCATION")
                : absent < 13 ? Set.of("SOCIAL_CARE", "HEALTH", "EDUCATION")
                : Set.of("SOCIAL_CARE", "POLICE", "HEALTH", "EDUCATION");
        childProtection.recordStrategyDiscussion(journey.child(), new StrategyDiscussion(
                strategyDay.atTime(10 + random.nextInt(6), 0).atZone(WorkingCalendar.LONDON).toInstant(), agencies,
                CHAIRS.get(random.nextInt(CHAIRS.size())), participants(agencies, journey, random),
                "Police checks, health records and the school's concerns shared; the child's account considered.",
                random.nextInt(100) < 70 ? StrategyDecision.S47_JOINT : StrategyDecision.S47_SINGLE_AGENCY,
                "Visit the child within 24 hours (social worker); police checks on the household (police)"),
                journey.worker());
        EnquiryId enquiry = childProtection.pathway(journey.child()).enquiries().get(0).id();
        childProtection.concludeEnquiry(enquiry, min(strategyDay.plusDays(7 + random.nextInt(7)), conference),
                "INITIAL_CONFERENCE", journey.worker());
        boolean late = calendar.workingDaysBetween(strategyDay, conference) > 15;
        childProtection.recordInitialConference(enquiry, conference, journey.chair(),
                "Mother, social worker, school, health visitor, police", journey.concern().category(),
                late ? "Agencies' reports not ready; the family's advocate unavailable" : null,
                late ? "Team manager and chair" : null, journey.worker());
        return plans.open(journey.child(), PlanKind.CHILD_PROTECTION).orElseThrow().id();
    }

    /** One participant for each agency that took part, social care being the child's own worker. */
    private static List<StrategyDiscussion.Participant> participants(Set<String> agencies, Journey journey,
                                                                     SplittableRandom random) {
        return ChildProtection.AGENCIES.stream().filter(agencies::contains)
                .map(agency -> "SOCIAL_CARE".equals(agency)
                        ? new StrategyDiscussion.Participant(journey.worker().displayName(), agency, "Social worker")
                        : new StrategyDiscussion.Participant(PARTNER_NAMES.get(random.nextInt(PARTNER_NAMES.size())),
                                agency, PARTNER_ROLES.get(agency)))
                .toList();
    }

    /** An enquiry that ends without a conference, as about two in three do. */
    void enquiryWithoutConference(Journey journey, LocalDate strategyDay) {
        SplittableRandom random = journey.random();
        Set<String> agencies = Set.of("SOCIAL_CARE", "POLICE", "HEALTH");
        childProtection.recordStrategyDiscussion(journey.child(), new StrategyDiscussion(
                strategyDay.atTime(11, 0).atZone(WorkingCalendar.LONDON).toInstant(), agencies,
                CHAIRS.get(random.nextInt(CHAIRS.size())), participants(agencies, journey, random),
                "Single incident; the child's account and the school's view shared.", StrategyDecision.S47_SINGLE_AGENCY,
                "Visit and see the child alone (social worker)"), journey.worker());
        EnquiryId enquiry = childProtection.pathway(journey.child()).enquiries().get(0).id();
        childProtection.concludeEnquiry(enquiry, strategyDay.plusDays(8 + random.nextInt(8)),
                random.nextBoolean() ? "NOT_SUBSTANTIATED" : "SUBSTANTIATED_NO_CONFERENCE", journey.worker());
    }

    /**
     * Core groups, reviews and visits of a protection plan from its start until {@code until}
     * (today, or the review that steps it down).
     */
    void keepProtectionPlan(Journey journey, PlanId plan, LocalDate start, LocalDate until, boolean stepDown) {
        SplittableRandom random = journey.random();
        List<Event> events = new ArrayList<>();
        LocalDate coreGroup = onTime(random, 85) ? workingDaysAfter(start, 4 + random.nextInt(7))
                : workingDaysAfter(start, 11 + random.nextInt(6));
        for (; coreGroup.isBefore(until); coreGroup = coreGroup.plusWeeks(onTime(random, 85) ? 4 + random.nextInt(3)
                : 7 + random.nextInt(3))) {
            events.add(new Event(coreGroup, MeetingKind.CORE_GROUP));
        }
        LocalDate review = start.plusMonths(3).minusDays(onTime(random, 88) ? random.nextInt(14) : -7 - random.nextInt(21));
        for (; review.isBefore(until); review = review.plusMonths(6)
                .minusDays(onTime(random, 88) ? random.nextInt(30) : -7 - random.nextInt(21))) {
            events.add(new Event(review, MeetingKind.REVIEW_CONFERENCE));
        }
        if (stepDown) {
            events.add(new Event(until, MeetingKind.REVIEW_CONFERENCE));
        }
        addVisits(events, start, until, onTime(random, 80) ? new int[] {5, 10} : new int[] {8, 18}, random);
        record(journey, plan, start, events, stepDown ? PlanEnd.STEP_DOWN_CHILD_IN_NEED : null);
    }

    /** A child in need plan's planning meeting, reviews and visits from its start until today. */
    void keepChildInNeedPlan(Journey journey, PlanId plan, LocalDate start, LocalDate today) {
        SplittableRandom random = journey.random();
        List<Event> events = new ArrayList<>();
        LocalDate planning = workingDaysAfter(start, onTime(random, 80) ? 3 + random.nextInt(8) : 11 + random.nextInt(10));
        if (!planning.isAfter(today)) {
            events.add(new Event(planning, MeetingKind.PLANNING_MEETING));
            for (LocalDate review = planning.plusWeeks(onTime(random, 80) ? 10 + random.nextInt(3) : 13 + random.nextInt(6));
                 !review.isAfter(today); review = review.plusWeeks(onTime(random, 80) ? 10 + random.nextInt(3)
                    : 13 + random.nextInt(6))) {
                events.add(new Event(review, MeetingKind.PLAN_REVIEW));
            }
        }
        addVisits(events, start, today, onTime(random, 75) ? new int[] {10, 20} : new int[] {21, 35}, random);
        record(journey, plan, start, events, null);
    }

    private void addVisits(List<Event> events, LocalDate start, LocalDate until, int[] gap, SplittableRandom random) {
        for (LocalDate visit = workingDaysAfter(start, 1 + random.nextInt(gap[1])); visit.isBefore(until);
             visit = workingDaysAfter(visit, gap[0] + random.nextInt(gap[1] - gap[0] + 1))) {
            events.add(new Event(visit, null));
        }
    }

    /**
     * Most plans are written within days of starting, with measurable outcomes; some lack an
     * indicator, and some are never written (no outcomes, no contingency), for the quality list.
     */
    private void write(Journey journey, PlanId plan, LocalDate start, LocalDate until) {
        SplittableRandom random = journey.random();
        int roll = random.nextInt(100);
        LocalDate on = start.plusDays(1 + random.nextInt(5));
        if (roll < 8 || !on.isBefore(until)) {
            return;
        }
        AgeBand age = AgeBand.of(journey.born(), on);
        List<PlanContent.Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 2 + random.nextInt(2); i++) {
            List<String[]> fitting = age.outcomes();
            String[] o = fitting.get((i + random.nextInt(fitting.size())) % fitting.size());
            boolean measurable = roll >= 18 || i > 0;
            outcomes.add(new PlanContent.Outcome(o[0], measurable ? o[1] : null, o[2], o[3], o[4],
                    on.plusMonths(3 + random.nextInt(4))));
        }
        plans.write(plan, version(journey, plan), new PlanContent(outcomes,
                age.services(),
                "If things do not improve by the next review, a strategy discussion and legal planning meeting"),
                on, journey.worker());
    }

    private int version(Journey journey, PlanId plan) {
        return plans.of(journey.child()).stream().filter(p -> p.id().equals(plan)).findFirst().orElseThrow().version();
    }

    private void record(Journey journey, PlanId plan, LocalDate start, List<Event> events, PlanEnd lastEnds) {
        events.sort(Comparator.comparing(Event::day));
        SplittableRandom random = journey.random();
        if (!events.isEmpty()) {
            write(journey, plan, start, events.get(events.size() - 1).day());
        }
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            if (event.meeting() == null) {
                visits.record(journey.child(), visit(journey, event.day(), random), visitor(journey, random));
            } else {
                boolean last = i == events.size() - 1;
                plans.recordMeeting(plan, version(journey, plan), new MeetingRecord(event.meeting(), event.day(),
                        "Parents, school, health, social worker", summary(event.meeting(), AgeBand.of(journey.born(),
                        event.day())),
                        event.meeting().isReview() && random.nextInt(100) < 80 ? CHILD_VIEWS.get(random.nextInt(
                                CHILD_VIEWS.size())) : null,
                        event.meeting().isReview() ? progress(plan, random) : Map.of(), last ? lastEnds : null,
                        journey.chair()), journey.worker());
            }
        }
    }

    /** Most visits see the child, most of those alone, and most record the child's words; some do not. */
    private static VisitDetails visit(Journey journey, LocalDate day, SplittableRandom random) {
        boolean seen = random.nextInt(100) >= 8;
        boolean alone = seen && random.nextInt(100) < 70;
        boolean words = seen && random.nextInt(100) < 85;
        boolean underThree = journey.born() != null && journey.born().isAfter(day.minusYears(3));
        Concern concern = journey.concern();
        boolean atSchool = random.nextInt(100) < 15;
        return new VisitDetails(day, atSchool ? VisitDetails.Type.AT_SCHOOL : VisitDetails.Type.STATUTORY,
                atSchool ? VisitDetails.Place.SCHOOL : VisitDetails.Place.HOME, "The child and their mother", seen,
                seen ? alone : null, seen ? null : NOT_SEEN.get(random.nextInt(NOT_SEEN.size())),
                seen && !alone ? "The child wanted their mother to stay" : null,
                words ? concern.childWords(underThree, random) : null,
                seen && !words ? "The child did not want to talk today; they showed me their drawings" : null,
                concern.observations(random), concern.homeConditions(random), null);
    }

    /** On child in need work the team's family support worker makes some of the visits. */
    private static StaffMember visitor(Journey journey, SplittableRandom random) {
        return journey.supporter() != null && random.nextInt(100) < SUPPORT_WORKER_VISITS_PERCENT ? journey.supporter()
                : journey.worker();
    }

    private Map<UUID, MeetingRecord.OutcomeProgress> progress(PlanId plan, SplittableRandom random) {
        Map<UUID, MeetingRecord.OutcomeProgress> progress = new java.util.HashMap<>();
        for (Plans.PlannedOutcome outcome : plans.outcomes(plan)) {
            MeetingRecord.Progress p = MeetingRecord.Progress.values()[random.nextInt(3)];
            progress.put(outcome.id(), new MeetingRecord.OutcomeProgress(p, "Reported by the school and the family"));
        }
        return progress;
    }

    private static String summary(MeetingKind kind, AgeBand age) {
        return switch (kind) {
            case CORE_GROUP -> age.coreGroupSummary();
            case REVIEW_CONFERENCE -> "Progress against the plan reviewed with the family and agencies.";
            case PLANNING_MEETING -> "Plan written with the family: outcomes, actions and who does what.";
            case PLAN_REVIEW -> "Plan reviewed: some outcomes met, support continues.";
        };
    }

    private static boolean onTime(SplittableRandom random, int percent) {
        return random.nextInt(100) < percent;
    }

    LocalDate workingDaysAfter(LocalDate day, int days) {
        return calendar.workingDaysAfter(day.atTime(12, 0).atZone(WorkingCalendar.LONDON).toInstant(), days)
                .atZone(WorkingCalendar.LONDON).toLocalDate();
    }

    LocalDate workingDaysBefore(LocalDate day, int days) {
        LocalDate result = day;
        for (int counted = 0; counted < days; ) {
            result = result.minusDays(1);
            if (calendar.isWorkingDay(result)) {
                counted++;
            }
        }
        return result;
    }

    int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar.workingDaysBetween(from, to);
    }

    LocalDate lastWorkingDayOnOrBefore(LocalDate day) {
        return calendar.isWorkingDay(day) ? day : workingDaysBefore(day, 1);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * Who the journey is about (and their birthday), who records it, the family support
     * worker who helps on child in need work (or null), and what the work is about.
     */
    record Journey(PersonId child, LocalDate born, StaffMember worker, StaffMember supporter, UUID chair, Concern concern,
                   SplittableRandom random) {

        /** Child in need work after a protection plan: about what the plan was about, and for a qualified worker only. */
        Journey steppedDown() {
            return new Journey(child, born, worker, null, chair, Concern.pick(true, random), random);
        }
    }

    private record Event(LocalDate day, MeetingKind meeting) {
    }
}

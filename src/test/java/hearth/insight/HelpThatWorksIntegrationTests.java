package hearth.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.AccessDenied;
import hearth.access.RecordRestrictions;
import hearth.access.RestrictionFilter;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.assessment.NeglectTool;
import hearth.casework.Allocations;
import hearth.planning.MeetingKind;
import hearth.planning.MeetingRecord;
import hearth.planning.PlanContent;
import hearth.planning.PlanEnd;
import hearth.planning.PlanId;
import hearth.planning.Plans;
import hearth.platform.PersonId;
import hearth.returns.ReturnsFixtures;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One fixture team's year 2025-26, counted by hand. Neglect tool: Amy graded 4 then 2
 * (better), Ben 3 then 3 (the same), Cara 2 then 4 (worse), Dev once only (not counted).
 * Amy's child in need plan has two outcomes, reviewed in June (both progressing) and in
 * November (one met, one not progressing): the latest counts. Ben's plan ended in May 2024 and
 * a new one started in April 2025 (a return within two years); Cara's first plan started in
 * the year (not a return). To the end of September, both of Amy's outcomes stand as progressing
 * at June's review.
 */
@HearthTest
class HelpThatWorksIntegrationTests {

    private static final LocalDate FROM = LocalDate.of(2025, 4, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);

    @Autowired FixtureCouncil fixtures;
    @Autowired ReturnsFixtures returns;
    @Autowired Allocations allocations;
    @Autowired NeglectTool neglectTool;
    @Autowired Plans plans;
    @Autowired HelpThatWorks help;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired RecordRestrictions restrictions;

    FixtureCouncil.Council council;
    StaffMember manager;
    StaffMember worker;
    PersonId amy;
    PersonId ben;
    PersonId cara;

    @BeforeEach
    void year() {
        council = fixtures.create();
        manager = council.user(Role.TEAM_MANAGER);
        worker = council.user(Role.SOCIAL_WORKER);
        amy = child("HWA");
        ben = child("HWB");
        cara = child("HWC");
        PersonId dev = child("HWD");
        graded(amy, 4, 2);
        graded(ben, 3, 3);
        graded(cara, 2, 4);
        neglectTool.record(dev, LocalDate.of(2025, 6, 2), "Father", grades(3), null, worker);

        PlanId amysPlan = plans.startChildInNeedPlan(amy, LocalDate.of(2025, 5, 1), worker);
        plans.write(amysPlan, 0, content(), LocalDate.of(2025, 5, 1), worker);
        List<Plans.PlannedOutcome> outcomes = plans.outcomes(amysPlan);
        review(amysPlan, 1, LocalDate.of(2025, 6, 16), outcomes, MeetingRecord.Progress.PROGRESSING,
                MeetingRecord.Progress.PROGRESSING);
        review(amysPlan, 2, LocalDate.of(2025, 11, 3), outcomes, MeetingRecord.Progress.MET,
                MeetingRecord.Progress.NOT_PROGRESSING);

        PlanId bensFirst = plans.startChildInNeedPlan(ben, LocalDate.of(2024, 1, 8), worker);
        plans.end(bensFirst, 0, LocalDate.of(2024, 5, 20), PlanEnd.NO_LONGER_NEEDED, manager);
        plans.startChildInNeedPlan(ben, LocalDate.of(2025, 4, 14), worker);
        plans.startChildInNeedPlan(cara, LocalDate.of(2025, 9, 1), worker);
    }

    @Test
    void gradesOutcomesAndReturnsAreCountedAsByHand() {
        HelpThatWorks.Figures figures = help.figures(new InsightFilter(council.team().id(), null, FROM, TO), manager);

        assertThat(figures.grades()).isEqualTo(new HelpThatWorks.Grades(1, 1, 1));
        assertThat(figures.grades().percentBetter()).isEqualTo(33L);
        assertThat(figures.outcomes()).isEqualTo(new HelpThatWorks.Outcomes(1, 0, 1));
        assertThat(figures.returns()).containsExactly(new HelpThatWorks.Returns("Child in need plans", 3, 1));
        assertThat(help.returnedToAPlan(new InsightFilter(council.team().id(), null, FROM, TO), manager).children())
                .extracting(FigureChildren.Child::id, FigureChildren.Child::detail).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ben, "Child in need plan from 14 Apr 2025; the last ended 20 May 2024"));
        assertThat(help.graded(new InsightFilter(council.team().id(), null, FROM, TO), manager).children())
                .extracting(FigureChildren.Child::id, FigureChildren.Child::detail).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(amy, "Better: 4.0 at the first, 2.0 at the latest"),
                        org.assertj.core.groups.Tuple.tuple(ben, "The same: 3.0 at the first, 3.0 at the latest"),
                        org.assertj.core.groups.Tuple.tuple(cara, "Worse: 2.0 at the first, 4.0 at the latest"));
    }

    @Test
    void thePageAndItsCsvShowThem() throws Exception {
        String team = council.team().id().toString();
        var page = mvc.perform(get("/insight/help").param("period", "2026").param("team", team)
                .with(user(users.loadUserByUsername(manager.username())))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Better at the latest completion", "33%");
        var list = mvc.perform(get("/insight/help/children").param("period", "2026").param("team", team)
                .with(user(users.loadUserByUsername(manager.username())))).andReturn().getResponse();
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(list.getContentAsString()).contains("Children who returned to a plan within two years",
                "/children/" + ben);

        var csv = mvc.perform(get("/insight/help.csv").param("period", "2026").param("team", team)
                .with(user(users.loadUserByUsername(manager.username())))).andReturn().getResponse();
        assertThat(csv.getContentAsString().lines()).contains("neglect tool,Better at the latest completion,1,33",
                "plan outcomes,Met,1,50", "plan outcomes,Progressing,0,0",
                "returns to a plan,Child in need plans for a child who ended one in the 2 years before,1,33");
    }

    @Test
    void theOutcomesBehindEachProgressAreListedOneRowAnOutcomeByTheirLatestMeetingInThePeriod() {
        InsightFilter year = new InsightFilter(council.team().id(), null, FROM, TO);
        InsightFilter toSeptember = new InsightFilter(council.team().id(), null, FROM, LocalDate.of(2025, 9, 30));
        String november = "Child in need plan; its latest progress at the meeting on 3 Nov 2025";
        String june = "Child in need plan; its latest progress at the meeting on 16 Jun 2025";

        assertThat(listed(year, MeetingRecord.Progress.MET)).containsExactly(Tuple.tuple(amy, november));
        assertThat(listed(year, MeetingRecord.Progress.NOT_PROGRESSING)).containsExactly(Tuple.tuple(amy, november));
        assertThat(listed(year, MeetingRecord.Progress.PROGRESSING)).isEmpty();
        assertThat(listed(toSeptember, MeetingRecord.Progress.PROGRESSING)).as("both outcomes, as at June")
                .containsExactly(Tuple.tuple(amy, june), Tuple.tuple(amy, june));
        HelpThatWorks.Outcomes figure = help.figures(toSeptember, manager).outcomes();
        for (MeetingRecord.Progress progress : MeetingRecord.Progress.values()) {
            assertThat(help.outcomes(toSeptember, progress, manager).found()).as(progress.name())
                    .isEqualTo(figure.count(progress));
        }
        FigureChildren.ChildrenBehind met = help.outcomes(year, MeetingRecord.Progress.MET, manager);
        assertThat(met.title()).isEqualTo("Plan outcomes met");
        assertThat(met.many()).isEqualTo("outcomes");
        assertThatThrownBy(() -> help.outcomes(year, MeetingRecord.Progress.MET, worker))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void aRestrictedChildsOutcomeIsCountedAndListedWithoutTheirNameUnlessTheRestrictionNamesTheViewer() {
        StaffMember head = council.user(Role.HEAD_OF_SERVICE);
        restrictions.restrict(amy, "A relative works in the team", head, List.of(head.id()));
        InsightFilter year = new InsightFilter(council.team().id(), null, FROM, TO);

        FigureChildren.ChildrenBehind met = help.outcomes(year, MeetingRecord.Progress.MET, manager);

        assertThat(met.found()).isEqualTo(1);
        assertThat(met.children()).extracting(FigureChildren.Child::id, FigureChildren.Child::name)
                .containsExactly(Tuple.tuple(null, RestrictionFilter.PLACEHOLDER));
        assertThat(help.outcomes(year, MeetingRecord.Progress.MET, head).children())
                .extracting(FigureChildren.Child::id).containsExactly(amy);
    }

    @Test
    void eachOutcomeCountOnThePageOpensItsListAndAnUnknownFigureIsABadRequest() throws Exception {
        String team = council.team().id().toString();
        String page = as(manager, "/insight/help?period=2026&team=" + team).getContentAsString();
        var list = as(manager, "/insight/help/children?figure=not-progressing&period=2026&team=" + team);

        assertThat(page).contains("href=\"/insight/help/children?figure=not-progressing&amp;period=2026&amp;team="
                + team);
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(list.getContentAsString()).contains("Plan outcomes not progressing", "/children/" + amy,
                "1 outcome<");
        for (String hostile : List.of("NOT_PROGRESSING", "%3Cscript%3E", "met%27%3B+DROP+TABLE+plan")) {
            var refused = as(manager, "/insight/help/children?figure=" + hostile);
            assertThat(refused.getStatus()).as(hostile).isEqualTo(400);
            assertThat(refused.getContentAsString()).as(hostile).contains("could not understand that request");
        }
        assertThat(as(worker, "/insight/help/children?figure=met").getStatus()).isEqualTo(403);
    }

    /** The outcomes the list holds, as each child and the row's detail. */
    private List<Tuple> listed(InsightFilter filter, MeetingRecord.Progress progress) {
        return help.outcomes(filter, progress, manager).children().stream()
                .map(c -> Tuple.tuple(c.id(), c.detail())).toList();
    }

    private MockHttpServletResponse as(StaffMember who, String url) throws Exception {
        return mvc.perform(get(url).with(user(users.loadUserByUsername(who.username())))).andReturn().getResponse();
    }

    private PersonId child(String id) {
        PersonId child = returns.child(council, id + council.tag());
        allocations.allocate(child, council.team().id(), worker.id(), LocalDate.of(2024, 1, 2), manager);
        return child;
    }

    private void graded(PersonId child, int first, int latest) {
        neglectTool.record(child, LocalDate.of(2025, 5, 6), "Mother", grades(first), null, worker);
        neglectTool.record(child, LocalDate.of(2026, 2, 9), "Mother", grades(latest), null, worker);
    }

    private Map<String, Integer> grades(int grade) {
        Map<String, Integer> grades = new HashMap<>();
        neglectTool.definition().items().forEach(i -> grades.put(i.id(), grade));
        return grades;
    }

    private void review(PlanId plan, int version, LocalDate on, List<Plans.PlannedOutcome> outcomes,
                        MeetingRecord.Progress first, MeetingRecord.Progress second) {
        Map<UUID, MeetingRecord.OutcomeProgress> progress = Map.of(
                outcomes.get(0).id(), new MeetingRecord.OutcomeProgress(first, "Attendance this half term"),
                outcomes.get(1).id(), new MeetingRecord.OutcomeProgress(second, "Days arriving hungry"));
        plans.recordMeeting(plan, version, new MeetingRecord(MeetingKind.PLAN_REVIEW, on, null, "Review", null,
                progress, null, null), worker);
    }

    private static PlanContent content() {
        return new PlanContent(List.of(
                new PlanContent.Outcome("Amy gets to school every day", "Attendance each half term", "70%", "95%",
                        "Mother, with the school's attendance officer", LocalDate.of(2026, 2, 12)),
                new PlanContent.Outcome("Amy is fed before school", "Days a week she arrives hungry", "4", "0",
                        "Mother", LocalDate.of(2026, 1, 8))),
                "Breakfast club place (school)", "If attendance falls below 80%, a strategy discussion is held");
    }
}

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
import hearth.casework.Allocations;
import hearth.platform.PersonId;
import hearth.returns.ReturnsFixtures;
import hearth.timeliness.ClockKind;
import hearth.timeliness.ClockSubject;
import hearth.timeliness.Clocks;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One fixture team's timed steps in 2025-26, counted by hand: three assessments (Amy's met on
 * time, Ben's met late, Cara's never finished), Amy's initial conference cancelled when the
 * enquiry ended without one, and a decision on Cara's contact made the same day. Due days are
 * 45 working days (a working day for a decision) after the start, worked out on a calendar with
 * the bank holidays of 5 and 26 May and 25 August 2025: Amy's assessment from 1 May is due 7 July,
 * Ben's from 2 June is due 4 August, Cara's decision from 2 March 2026 is due 3 March.
 */
@HearthTest
class StepTimelinessIntegrationTests {

    private static final LocalDate FROM = LocalDate.of(2025, 4, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);

    @Autowired FixtureCouncil fixtures;
    @Autowired ReturnsFixtures returns;
    @Autowired Allocations allocations;
    @Autowired Clocks clocks;
    @Autowired StepTimeliness timeliness;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired RecordRestrictions restrictions;

    FixtureCouncil.Council council;
    StaffMember manager;
    PersonId amy;
    PersonId ben;
    PersonId cara;

    @BeforeEach
    void steps() {
        council = fixtures.create();
        manager = council.user(Role.TEAM_MANAGER);
        amy = child("STA");
        ben = child("STB");
        cara = child("STC");
        step(amy, ClockKind.CHILD_AND_FAMILY_ASSESSMENT, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 20));
        step(ben, ClockKind.CHILD_AND_FAMILY_ASSESSMENT, LocalDate.of(2025, 6, 2), LocalDate.of(2025, 12, 1));
        step(cara, ClockKind.CHILD_AND_FAMILY_ASSESSMENT, LocalDate.of(2025, 7, 1), null);
        ClockSubject conference = new ClockSubject(ClockSubject.Type.ENQUIRY, UUID.randomUUID(), 0);
        clocks.start(amy, ClockKind.INITIAL_CONFERENCE, conference, ReturnsFixtures.at(LocalDate.of(2025, 9, 1), 10));
        clocks.cancel(ClockKind.INITIAL_CONFERENCE, conference);
        step(cara, ClockKind.CONTACT_DECISION, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2));
    }

    @Test
    void anOverdueStepOfAContactWhoseChildIsNotYetMatchedIsListedWithoutAChild() {
        clocks.start(null, ClockKind.CONTACT_DECISION, ClockSubject.contact(new hearth.frontdoor.ContactId(
                UUID.randomUUID())), ReturnsFixtures.at(LocalDate.of(2026, 3, 2), 9));

        FigureChildren.ChildrenBehind overdue = timeliness.steps(new InsightFilter(null, null, FROM, TO), null,
                StepTimeliness.Timing.OVERDUE, manager);

        assertThat(overdue.children()).anySatisfy(step -> {
            assertThat(step.id()).isNull();
            assertThat(step.name()).isEqualTo(FigureChildren.NO_CHILD);
            assertThat(step.detail()).isEqualTo(ClockKind.CONTACT_DECISION.label() + ", due 3 Mar 2026");
        });
    }

    @Test
    void eachKindOfStepIsMetOnTimeLateOverdueOrCancelled() {
        StepTimeliness.Figures figures = timeliness.figures(team(), manager);

        assertThat(figures.steps()).extracting(StepTimeliness.Step::label, StepTimeliness.Step::onTime,
                StepTimeliness.Step::late, StepTimeliness.Step::overdue, StepTimeliness.Step::cancelled)
                .containsExactly(Tuple.tuple(ClockKind.CONTACT_DECISION.label(), 1L, 0L, 0L, 0L),
                        Tuple.tuple(ClockKind.INITIAL_CONFERENCE.label(), 0L, 0L, 0L, 1L),
                        Tuple.tuple(ClockKind.CHILD_AND_FAMILY_ASSESSMENT.label(), 1L, 1L, 1L, 0L));
        assertThat(figures.steps().get(2).percentOnTime()).isEqualTo(33L);
        assertThat(figures.steps().get(1).percentOnTime()).isNull();
        assertThat(figures.total().percentOnTime()).isEqualTo(50L);
        FigureChildren.ChildrenBehind overdue = timeliness.steps(team(), null, StepTimeliness.Timing.OVERDUE, manager);
        assertThat(overdue.found()).isEqualTo(1);
        assertThat(overdue.many()).isEqualTo("steps");
        assertThat(overdue.children()).singleElement().satisfies(step -> {
            assertThat(step.id()).isEqualTo(cara);
            assertThat(step.detail()).startsWith(ClockKind.CHILD_AND_FAMILY_ASSESSMENT.label() + ", due ")
                    .endsWith(" Sep 2025");
        });
    }

    @Test
    void eachQuarterCountsTheStepsThatFellDueInIt() {
        StepTimeliness.Figures figures = timeliness.figures(team(), manager);

        assertThat(figures.overTime()).extracting(StepTimeliness.Step::label, StepTimeliness.Step::onTime,
                StepTimeliness.Step::late, StepTimeliness.Step::overdue, StepTimeliness.Step::cancelled)
                .containsSubsequence(Tuple.tuple("Apr 2025 to Jun 2025", 0L, 0L, 0L, 0L),
                        Tuple.tuple("Jul 2025 to Sep 2025", 1L, 1L, 1L, 1L),
                        Tuple.tuple("Oct 2025 to Dec 2025", 0L, 0L, 0L, 0L),
                        Tuple.tuple("Jan 2026 to Mar 2026", 1L, 0L, 0L, 0L));
    }

    @Test
    void thePageAndItsCsvShowTheSameFigures() throws Exception {
        String team = council.team().id().toString();
        var page = mvc.perform(get("/insight/timeliness").param("period", "2026").param("team", team)
                .with(user(users.loadUserByUsername(manager.username())))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("33% of 3", "none due", "50% of 4");

        var csv = mvc.perform(get("/insight/timeliness.csv").param("period", "2026").param("team", team)
                .with(user(users.loadUserByUsername(manager.username())))).andReturn().getResponse();
        assertThat(csv.getContentAsString().lines()).contains("by step,Every step,2,1,1,1,50");
    }

    @Test
    void theStepsMetOnTimeAndLateOfAKindOrOfEveryKindAreTheOnesTheirFiguresCount() {
        StepTimeliness.Figures figures = timeliness.figures(team(), manager);

        assertThat(listed(null, StepTimeliness.Timing.ON_TIME)).containsExactly(
                Tuple.tuple(amy, ClockKind.CHILD_AND_FAMILY_ASSESSMENT.label() + ", due 7 Jul 2025, done 20 Jun 2025"),
                Tuple.tuple(cara, ClockKind.CONTACT_DECISION.label() + ", due 3 Mar 2026, done 2 Mar 2026"));
        assertThat(listed(null, StepTimeliness.Timing.LATE)).containsExactly(
                Tuple.tuple(ben, ClockKind.CHILD_AND_FAMILY_ASSESSMENT.label() + ", due 4 Aug 2025, done 1 Dec 2025"));
        assertThat(listed(ClockKind.CHILD_AND_FAMILY_ASSESSMENT, StepTimeliness.Timing.ON_TIME)).containsExactly(
                Tuple.tuple(amy, ClockKind.CHILD_AND_FAMILY_ASSESSMENT.label() + ", due 7 Jul 2025, done 20 Jun 2025"));
        assertThat(listed(ClockKind.CONTACT_DECISION, StepTimeliness.Timing.LATE)).isEmpty();
        assertThat(listed(ClockKind.INITIAL_CONFERENCE, StepTimeliness.Timing.ON_TIME)).as("cancelled is not met")
                .isEmpty();
        for (StepTimeliness.Step step : figures.withTotal()) {
            assertThat(timeliness.steps(team(), step.kind(), StepTimeliness.Timing.ON_TIME, manager).found())
                    .as(step.label()).isEqualTo(step.onTime());
            assertThat(timeliness.steps(team(), step.kind(), StepTimeliness.Timing.LATE, manager).found())
                    .as(step.label()).isEqualTo(step.late());
        }
        assertThat(timeliness.steps(team(), ClockKind.CHILD_AND_FAMILY_ASSESSMENT, StepTimeliness.Timing.LATE,
                manager).title()).isEqualTo("Steps met late: " + ClockKind.CHILD_AND_FAMILY_ASSESSMENT.label());
        assertThatThrownBy(() -> timeliness.steps(team(), null, StepTimeliness.Timing.LATE,
                council.user(Role.SOCIAL_WORKER))).isInstanceOf(AccessDenied.class);
    }

    @Test
    void aRestrictedChildWhoseRestrictionDoesNotNameTheViewerIsCountedAndListedUnnamed() {
        StaffMember head = council.user(Role.HEAD_OF_SERVICE);
        restrictions.restrict(ben, "A relative works in the team", head, List.of(head.id()));

        FigureChildren.ChildrenBehind late = timeliness.steps(team(), ClockKind.CHILD_AND_FAMILY_ASSESSMENT,
                StepTimeliness.Timing.LATE, manager);

        assertThat(late.found()).isEqualTo(1);
        assertThat(late.children()).extracting(FigureChildren.Child::id, FigureChildren.Child::name)
                .containsExactly(Tuple.tuple(null, RestrictionFilter.PLACEHOLDER));
        assertThat(timeliness.steps(team(), ClockKind.CHILD_AND_FAMILY_ASSESSMENT, StepTimeliness.Timing.LATE, head)
                .children()).extracting(FigureChildren.Child::id).containsExactly(ben);
    }

    @Test
    void theCountsOnThePageOpenTheirListsAndAStepHearthDoesNotTimeIsABadRequest() throws Exception {
        String team = council.team().id().toString();
        String page = as(manager, "/insight/timeliness?period=2026&team=" + team).getContentAsString();
        var list = as(manager, "/insight/timeliness/children?period=2026&step=CHILD_AND_FAMILY_ASSESSMENT"
                + "&figure=met&team=" + team);

        assertThat(page).containsPattern("href=\"/insight/timeliness/children\\?period=2026&amp;team=" + team
                + "[^\"]*&amp;step=CHILD_AND_FAMILY_ASSESSMENT&amp;figure=late\"");
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(list.getContentAsString()).contains("Steps met on time: "
                + ClockKind.CHILD_AND_FAMILY_ASSESSMENT.label(), "/children/" + amy).doesNotContain("/children/" + ben);
        assertThat(as(manager, "/insight/timeliness/children?period=2026&step=&figure=late&team=" + team)
                .getContentAsString()).contains("/children/" + ben);
        for (String hostile : List.of("step=%3Cscript%3E", "step=contact_decision", "step=%27%3B+DROP+TABLE+clock",
                "figure=sometimes", "step=CONTACT_DECISION&figure=%00")) {
            var refused = as(manager, "/insight/timeliness/children?" + hostile);
            assertThat(refused.getStatus()).as(hostile).isEqualTo(400);
            assertThat(refused.getContentAsString()).as(hostile).contains("could not understand that request");
        }
        assertThat(as(council.user(Role.SOCIAL_WORKER), "/insight/timeliness/children?figure=met").getStatus())
                .isEqualTo(403);
    }

    /** The steps the list holds for the team, as each child and the row's detail. */
    private List<Tuple> listed(ClockKind kind, StepTimeliness.Timing timing) {
        return timeliness.steps(team(), kind, timing, manager).children().stream()
                .map(c -> Tuple.tuple(c.id(), c.detail())).toList();
    }

    private MockHttpServletResponse as(StaffMember who, String url) throws Exception {
        return mvc.perform(get(url).with(user(users.loadUserByUsername(who.username())))).andReturn().getResponse();
    }

    private PersonId child(String id) {
        PersonId child = returns.child(council, id + council.tag());
        allocations.allocate(child, council.team().id(), council.user(Role.SOCIAL_WORKER).id(), FROM, manager);
        return child;
    }

    private void step(PersonId child, ClockKind kind, LocalDate started, LocalDate done) {
        ClockSubject subject = new ClockSubject(ClockSubject.Type.ASSESSMENT, UUID.randomUUID(), 0);
        clocks.start(child, kind, subject, ReturnsFixtures.at(started, 10));
        if (done != null) {
            clocks.complete(kind, subject, ReturnsFixtures.at(done, 12));
        }
    }

    private InsightFilter team() {
        return new InsightFilter(council.team().id(), null, FROM, TO);
    }
}

package hearth.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.casework.Allocations;
import hearth.casework.Involvements;
import hearth.oversight.Oversight;
import hearth.oversight.SupervisionRecord;
import hearth.oversight.Supervisions;
import hearth.planning.VisitDetails;
import hearth.planning.Visits;
import hearth.platform.PersonId;
import hearth.returns.ReturnsFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One fixture team on 31 March 2026, counted by hand: the social worker holds Amy (child
 * protection, 1.5) and Ben (child in need, 1), the family support worker Cara (early help,
 * 0.5), and the team manager Dev (assessment, 1), who had the social worker and the family
 * support worker before in the year: three workers in 12 months. Two visits to Amy in the
 * year, one of them seeing her. The social worker took on Eve (assessment, 1) on 10 March.
 * Supervision on time, in the six weeks from 17 February: Amy supervised on 2 March, Cara on
 * 17 February (the first day counts), Ben overseen only on 10 January, Dev never; Eve, held
 * for three weeks, not yet due: 2 of 4.
 */
@HearthTest
class WorkforceIntegrationTests {

    private static final LocalDate FROM = LocalDate.of(2025, 4, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);

    @Autowired FixtureCouncil fixtures;
    @Autowired ReturnsFixtures returns;
    @Autowired Allocations allocations;
    @Autowired Involvements involvements;
    @Autowired Visits visits;
    @Autowired Supervisions supervisions;
    @Autowired Oversight oversight;
    @Autowired Workforce workforce;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    FixtureCouncil.Council council;
    StaffMember manager;
    StaffMember worker;
    StaffMember support;
    PersonId ben;
    PersonId dev;

    @BeforeEach
    void team() {
        council = fixtures.create();
        manager = council.user(Role.TEAM_MANAGER);
        worker = council.user(Role.SOCIAL_WORKER);
        support = council.user(Role.FAMILY_SUPPORT_WORKER);
        PersonId amy = child("WFA", Involvements.Kind.CHILD_PROTECTION, worker, FROM);
        ben = child("WFB", Involvements.Kind.CHILD_IN_NEED, worker, FROM);
        PersonId cara = child("WFC", Involvements.Kind.EARLY_HELP, support, LocalDate.of(2025, 5, 1));
        dev = child("WFD", Involvements.Kind.ASSESSMENT, worker, FROM);
        allocations.allocate(dev, council.team().id(), support.id(), LocalDate.of(2025, 6, 1), manager);
        allocations.allocate(dev, council.team().id(), manager.id(), LocalDate.of(2025, 9, 1), manager);
        visit(amy, LocalDate.of(2025, 7, 7), true);
        visit(amy, LocalDate.of(2025, 8, 4), false);
        child("WFE", Involvements.Kind.ASSESSMENT, worker, LocalDate.of(2026, 3, 10));
        supervise(amy, worker, LocalDate.of(2026, 3, 2));
        supervise(cara, support, LocalDate.of(2026, 2, 17));
        oversight.record(ben, LocalDate.of(2026, 1, 10), "Keep the plan", manager);
    }

    @Test
    void eachWorkersCaseloadIsWeightedByTheWorkOpenForEachChild() {
        Workforce.Figures figures = workforce.figures(new InsightFilter(council.team().id(), null, FROM, TO), manager);

        assertThat(figures.teams()).hasSize(1);
        Workforce.Team team = figures.teams().get(0);
        assertThat(team.workers()).extracting(Workforce.Worker::name, Workforce.Worker::children,
                Workforce.Worker::weighted).containsExactlyInAnyOrder(Tuple.tuple(worker.displayName(), 3L, 3.5),
                Tuple.tuple(support.displayName(), 1L, 0.5), Tuple.tuple(manager.displayName(), 1L, 1.0));
        assertThat(team.children()).isEqualTo(5);
        assertThat(team.weighted()).isEqualTo(5.0);
        assertThat(team.weightedPerWorker()).isEqualTo(1.7);
        assertThat(team.visits()).isEqualTo(2);
        assertThat(team.seen()).isEqualTo(1);
        assertThat(team.manyWorkers()).isEqualTo(1);
        assertThat(team.supervisionDue()).isEqualTo(4);
        assertThat(team.supervised()).isEqualTo(2);
        assertThat(team.supervisedPercent()).isEqualTo(50L);
    }

    @Test
    void theCsvHasTheTeamsFigures() throws Exception {
        var csv = mvc.perform(get("/insight/workforce.csv").param("period", "2026")
                .param("team", council.team().id().toString())
                .with(user(users.loadUserByUsername(manager.username())))).andReturn().getResponse();

        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentAsString().lines()).contains(council.team().name() + ",,5,5.0,1.7,2,1,4,2,1");
    }

    @Test
    void theChildrenBehindTheCountsAreListedWithWhyEachIsCounted() throws Exception {
        InsightFilter filter = new InsightFilter(council.team().id(), null, FROM, TO);

        assertThat(workforce.children(filter, Workforce.Listed.MANY_WORKERS, manager).children())
                .extracting(FigureChildren.Child::id, FigureChildren.Child::detail)
                .containsExactly(Tuple.tuple(dev, "3 social workers in the 12 months"));
        assertThat(workforce.children(filter, Workforce.Listed.NOT_SUPERVISED, manager).children())
                .extracting(FigureChildren.Child::id, FigureChildren.Child::detail)
                .containsExactly(Tuple.tuple(dev, "No supervision or oversight recorded"),
                        Tuple.tuple(ben, "Last supervision or oversight 10 Jan 2026"));
        var page = mvc.perform(get("/insight/workforce/children").param("figure", "not-supervised")
                .param("period", "2026").param("team", council.team().id().toString())
                .with(user(users.loadUserByUsername(manager.username())))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Children not supervised in the last 6 weeks",
                "/children/" + dev, "/children/" + ben, "No supervision or oversight recorded");
        assertThat(mvc.perform(get("/insight/workforce/children").param("figure", "<script>")
                .with(user(users.loadUserByUsername(council.user(Role.SOCIAL_WORKER).username())))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }

    private PersonId child(String id, Involvements.Kind kind, StaffMember to, LocalDate on) {
        PersonId child = returns.child(council, id + council.tag());
        allocations.allocate(child, council.team().id(), to.id(), on, manager);
        involvements.start(child, kind, on, manager);
        return child;
    }

    private void supervise(PersonId child, StaffMember held, LocalDate on) {
        supervisions.record(child, new SupervisionRecord(held.id(), on, null, null, "Things are calmer", "Continue",
                List.of(), Map.of()), manager);
    }

    private void visit(PersonId child, LocalDate on, boolean seen) {
        visits.record(child, new VisitDetails(on, VisitDetails.Type.STATUTORY, VisitDetails.Place.HOME, "Amy and her mum",
                seen, seen ? true : null, seen ? null : "Asleep", seen ? null : null, seen ? "I like school" : null,
                seen ? null : "Not seen", null, null, null), worker);
    }
}

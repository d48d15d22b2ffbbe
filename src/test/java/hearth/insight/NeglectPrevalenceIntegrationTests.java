package hearth.insight;

import static hearth.returns.ReturnsFixtures.at;
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
import hearth.assessment.Assessment;
import hearth.assessment.AssessmentId;
import hearth.assessment.Assessments;
import hearth.casework.Allocations;
import hearth.childprotection.ChildProtection;
import hearth.childprotection.EnquiryId;
import hearth.childprotection.StrategyDecision;
import hearth.childprotection.StrategyDiscussion;
import hearth.people.Addresses;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import hearth.returns.ReturnsFixtures;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Neglect per 10,000 children for one fixture team in 2025-26: a child in QX1 whose assessment
 * found neglect, a child in QX2 on a plan for neglect, and a child in QX1 assessed for something
 * else, against a population of 2,000 children in QX1 and 5,000 in QX2. Rates worked by hand.
 */
@HearthTest
class NeglectPrevalenceIntegrationTests {

    static final LocalDate APRIL = LocalDate.of(2025, 4, 1);
    static final LocalDate MARCH = LocalDate.of(2026, 3, 31);

    @Autowired FixtureCouncil fixtures;
    @Autowired ReturnsFixtures returns;
    @Autowired NeglectPrevalence prevalence;
    @Autowired ChildPopulation population;
    @Autowired Allocations allocations;
    @Autowired Addresses addresses;
    @Autowired Assessments assessments;
    @Autowired ChildProtection childProtection;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired RecordRestrictions restrictions;
    @Autowired JdbcClient jdbc;
    @Autowired Wards wards;

    FixtureCouncil.Council council;
    StaffMember worker;
    PersonId neglectedInQx1;
    PersonId onAPlanInQx2;

    @BeforeEach
    void council() throws Exception {
        council = fixtures.create();
        worker = council.user(Role.SOCIAL_WORKER);
        population.upload(new StringReader("postcode_district,children\nQX1,2000\nqx2,\"5,000\"\n"), "test",
                council.user(Role.PERFORMANCE_OFFICER));
        neglectedInQx1 = living("QX1 4AB");
        assessed(neglectedInQx1, List.of("16A", "3A"));
        onAPlanInQx2 = living("QX2 7CD");
        onAPlanForNeglect(onAPlanInQx2);
        assessed(living("QX1 9EF"), List.of("3A"));
    }

    @Test
    void countsEachChildOnceInTheirDistrictPerTenThousandChildrenLivingThere() {
        NeglectPrevalence.Figures figures = prevalence.figures(new InsightFilter(council.team().id(), null, APRIL,
                MARCH), council.user(Role.PERFORMANCE_OFFICER));

        assertThat(figures.areas()).containsExactly(new NeglectPrevalence.Figure("QX1", 1, 2000, 5.0),
                new NeglectPrevalence.Figure("QX2", 1, 5000, 2.0));
        assertThat(figures.total()).isEqualTo(new NeglectPrevalence.Figure("All areas", 2, 7000, 2.9));
        assertThat(figures.overTime()).hasSize(8);
        assertThat(figures.overTime().get(7).label()).isEqualTo("Jan 2026 to Mar 2026");
        assertThat(figures.overTime().get(7).children()).isEqualTo(1);
    }

    @Test
    void anAreaNarrowsTheFiguresToItsDistrict() {
        NeglectPrevalence.Figures figures = prevalence.figures(new InsightFilter(council.team().id(), "qx2", APRIL,
                MARCH), council.user(Role.TEAM_MANAGER));

        assertThat(figures.areas()).containsExactly(new NeglectPrevalence.Figure("QX2", 1, 5000, 2.0));
    }

    @Test
    void aSocialWorkerSeesNoFiguresAndABadPopulationFileIsRefusedRowByRow() {
        assertThatThrownBy(() -> prevalence.figures(new InsightFilter(null, null, APRIL, MARCH), worker))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> ChildPopulation.parse(new StringReader(
                "postcode_district,children\nQX1,many\nnot a district,5\nQX1,-3\n")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("row 2: 'many' is not a whole number")
                .hasMessageContaining("row 3: 'NOTADISTRICT' is not a postcode district")
                .hasMessageContaining("row 4: the number of children cannot be negative");
        assertThat(population.byDistrict()).containsEntry("QX1", 2000).containsEntry("QX2", 5000);
    }

    @Test
    void thePageShowsTheChartBesideItsTableAndTheCsvHoldsTheSameFigures() throws Exception {
        String team = council.team().id().toString();
        MockHttpServletResponse page = as(Role.PERFORMANCE_OFFICER, "/insight/neglect?period=2026&team=" + team);
        MockHttpServletResponse csv = as(Role.PERFORMANCE_OFFICER, "/insight/neglect.csv?period=2026&team=" + team);
        MockHttpServletResponse hostile = mvc.perform(get("/insight/neglect").param("team", "<script>")
                .param("area", "'; DROP TABLE child_population").param("period", "1999")
                .with(user(users.loadUserByUsername(council.user(Role.HEAD_OF_SERVICE).username())))).andReturn()
                .getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("<svg role=\"img\"", "Children with neglect by area", "QX1");
        assertThat(csv.getContentAsString()).contains("by area,QX1,1,2000,5.0", "by area,QX2,1,5000,2.0",
                "by area,All areas,2,7000,2.9");
        assertThat(hostile.getStatus()).isEqualTo(200);
        assertThat(as(Role.SOCIAL_WORKER, "/insight/neglect").getStatus()).isEqualTo(403);
    }

    @Test
    void theChildrenBehindAFigureAddUpToItWithARestrictedChildListedButNotNamed() throws Exception {
        PersonId restricted = living("QX1 2GH");
        assessed(restricted, List.of("16A"));
        StaffMember head = council.user(Role.HEAD_OF_SERVICE);
        restrictions.restrict(restricted, "A relative works in the team", head, List.of(head.id()));
        StaffMember officer = council.user(Role.PERFORMANCE_OFFICER);
        InsightFilter filter = new InsightFilter(council.team().id(), null, APRIL, MARCH);

        FigureChildren.ChildrenBehind qx1 = prevalence.children(filter, "QX1", officer);
        FigureChildren.ChildrenBehind all = prevalence.children(filter, null, head);

        assertThat(prevalence.figures(filter, officer).areas().get(0).children()).isEqualTo(2);
        assertThat(qx1.found()).isEqualTo(2);
        assertThat(qx1.title()).isEqualTo("Children with neglect: QX1");
        assertThat(qx1.children()).extracting(FigureChildren.Child::id, FigureChildren.Child::name,
                FigureChildren.Child::detail).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(neglectedInQx1, qx1.children().stream()
                        .filter(c -> neglectedInQx1.equals(c.id())).findFirst().orElseThrow().name(),
                        "Neglect found at an assessment"),
                org.assertj.core.groups.Tuple.tuple(null, RestrictionFilter.PLACEHOLDER, "Neglect found at an assessment"));
        assertThat(all.found()).isEqualTo(3);
        assertThat(all.children()).extracting(FigureChildren.Child::id)
                .containsExactlyInAnyOrder(neglectedInQx1, restricted, onAPlanInQx2);
        assertThat(prevalence.children(filter, "", officer).found()).as("no child without an address").isZero();
        assertThat(seenInList(officer, neglectedInQx1)).isEqualTo(1);
        assertThat(seenInList(officer, restricted)).isZero();
        assertThatThrownBy(() -> prevalence.children(filter, null, worker)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void theListPageLinksEachChildItMayNameAndRefusesASocialWorker() throws Exception {
        String team = council.team().id().toString();
        MockHttpServletResponse page = as(Role.TEAM_MANAGER,
                "/insight/neglect/children?period=2026&in=QX2&team=" + team);
        MockHttpServletResponse dashboard = as(Role.TEAM_MANAGER, "/insight/neglect?period=2026&team=" + team);

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Children with neglect: QX2", "/children/" + onAPlanInQx2)
                .doesNotContain("/children/" + neglectedInQx1);
        assertThat(dashboard.getContentAsString()).containsPattern("/insight/neglect/children\\?period=2026&amp;team="
                + team + "[^\"]*&amp;in=QX1\"");
        assertThat(as(Role.TEAM_MANAGER, "/insight/neglect/children?in=%3Cscript%3E").getStatus()).isEqualTo(200);
        assertThat(as(Role.SOCIAL_WORKER, "/insight/neglect/children?in=QX1").getStatus()).isEqualTo(403);
    }

    @Test
    void aWardFromTheCouncilsPostcodeTableNarrowsTheFiguresAndItsPopulationGivesTheRate() throws Exception {
        StaffMember officer = council.user(Role.PERFORMANCE_OFFICER);
        assertThat(wards.upload(new StringReader("postcode,ward_code,ward_name\nQX1 4AB,E05000001,Hillside\n"
                + "qx19ef,e05000001,Hillside\nQX2 7CD,E05000002,Riverside\n"), "test", officer)).isEqualTo(3);
        population.upload(new StringReader("postcode_district,children\nQX1,2000\nQX2,5000\nE05000001,400\n"), "test",
                officer);
        InsightFilter hillside = new InsightFilter(council.team().id(), "E05000001", APRIL, MARCH);

        assertThat(prevalence.figures(hillside, officer).areas())
                .containsExactly(new NeglectPrevalence.Figure("Hillside (E05000001)", 1, 400, 25.0));
        assertThat(prevalence.figures(new InsightFilter(council.team().id(), "E05000002", APRIL, MARCH), officer)
                .areas()).containsExactly(new NeglectPrevalence.Figure("Riverside (E05000002)", 1, null, null));
        assertThat(prevalence.children(hillside, null, officer).children()).extracting(FigureChildren.Child::id)
                .containsExactly(neglectedInQx1);
        assertThat(population.byDistrict()).containsOnlyKeys("QX1", "QX2");
        String page = as(Role.PERFORMANCE_OFFICER, "/insight/neglect?period=2026&area=E05000001&team="
                + council.team().id()).getContentAsString();
        assertThat(page).contains("Hillside (E05000001)", "<optgroup label=\"Wards\">",
                "<option value=\"E05000001\" selected=\"selected\">Hillside</option>");
        assertThatThrownBy(() -> wards.upload(new StringReader("postcode,ward_code,ward_name\nnot a postcode,E05000001,"
                + "Hillside\nQX1 4AB,W99,Hillside\n"), "test", officer)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("row 2: 'NOTAPOSTCODE' is not a postcode")
                .hasMessageContaining("row 3: 'W99' is not a ward code");
        assertThatThrownBy(() -> wards.upload(new StringReader("postcode,ward_code,ward_name\n"), "test", worker))
                .isInstanceOf(AccessDenied.class);
        assertThat(wards.names()).containsEntry("E05000001", "Hillside").hasSize(2);
    }

    private long seenInList(StaffMember viewer, PersonId child) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE person_id = :child AND user_id = :user AND action = :a")
                .param("child", child).param("user", viewer.id()).param("a", RestrictionFilter.SEEN_IN_LIST)
                .query(Long.class).single();
    }

    private PersonId living(String postcode) throws Exception {
        PersonId child = returns.child(council, null);
        addresses.moveTo(child, new Addresses.NewAddress("1 Test Street", null, "Brackenford", postcode),
                LocalDate.of(2024, 1, 1), worker);
        allocations.allocate(child, council.team().id(), worker.id(), LocalDate.of(2025, 5, 1),
                council.user(Role.TEAM_MANAGER));
        return child;
    }

    private void assessed(PersonId child, List<String> factors) {
        AssessmentId assessment = assessments.startFromRecord(child, LocalDate.of(2025, 5, 1), worker);
        Assessment.Content c = FixtureCouncil.completeAssessment(null);
        assessments.save(assessment, 0, new Assessment.Content(c.seenBy(), LocalDate.of(2025, 5, 6), true, null,
                c.livedExperience(), c.childWords(), List.of(), c.historyMeaning(), c.parentingCapacity(),
                c.familyEnvironment(), c.impact(), c.analysis(), c.parentalEngagement(), factors, c.outcome(), null),
                worker);
        assessments.submit(assessment, 1, worker, at(LocalDate.of(2025, 6, 2), 10));
        assessments.authorise(assessment, 2, council.user(Role.TEAM_MANAGER), at(LocalDate.of(2025, 6, 4), 15));
    }

    /** A plan for neglect from an initial conference in February 2026, still open at the year's end. */
    private void onAPlanForNeglect(PersonId child) {
        childProtection.recordStrategyDiscussion(child, new StrategyDiscussion(at(LocalDate.of(2026, 2, 2), 10),
                Set.of("SOCIAL_CARE", "POLICE"), "Team manager", List.of(), "Police share a call-out",
                StrategyDecision.S47_SINGLE_AGENCY, "Visit today"), worker);
        EnquiryId enquiry = childProtection.pathway(child).enquiries().get(0).id();
        childProtection.concludeEnquiry(enquiry, LocalDate.of(2026, 2, 9), "INITIAL_CONFERENCE", worker);
        childProtection.recordInitialConference(enquiry, LocalDate.of(2026, 2, 19),
                council.user(Role.CHILD_PROTECTION_CHAIR).id(), "Mother, school", "NEG", null, null, worker);
    }

    private MockHttpServletResponse as(Role role, String path) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(council.user(role).username())))).andReturn()
                .getResponse();
    }
}

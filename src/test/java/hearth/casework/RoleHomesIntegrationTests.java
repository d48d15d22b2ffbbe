package hearth.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.RecordRestrictions;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.assessment.AssessmentId;
import hearth.childprotection.ChildProtection;
import hearth.childprotection.EnquiryId;
import hearth.frontdoor.ContactId;
import hearth.frontdoor.ContactQueries;
import hearth.frontdoor.FrontDoor;
import hearth.planning.PlanId;
import hearth.platform.PersonId;
import hearth.timeliness.ClockKind;
import hearth.timeliness.ClockSubject;
import hearth.timeliness.Clocks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Each role's home shows its morning's work, and "my work" opens each step's own form. */
@HearthTest
class RoleHomesIntegrationTests {

    @Autowired FixtureCouncil fixtures;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired Clocks clocks;
    @Autowired ChildProtection childProtection;
    @Autowired FrontDoor frontDoor;
    @Autowired ContactQueries contacts;
    @Autowired RecordRestrictions restrictions;
    @Autowired Allocations allocations;
    @Autowired hearth.assessment.Assessments assessments;

    FixtureCouncil.Council council;
    StaffMember worker;

    @BeforeEach
    void council() {
        council = fixtures.create();
        worker = council.user(Role.SOCIAL_WORKER);
    }

    @Test
    void aSocialWorkersChildrenComeWithTheirNextStepTheMostUrgentFirst() throws Exception {
        PersonId nothingDue = fixtures.allocatedChild(council);
        PersonId assessed = fixtures.allocatedChild(council);
        fixtures.assessment(council, assessed);
        PersonId visited = fixtures.allocatedChild(council);
        overdueVisit(visited);

        String home = page(worker, "/");

        assertThat(home).contains("3 children<").contains("Your children, most urgent first");
        assertThat(positionOf(home, visited)).isLessThan(positionOf(home, assessed));
        assertThat(positionOf(home, assessed)).isLessThan(positionOf(home, nothingDue));
        assertThat(home).as("each next step opens the form where it is recorded")
                .contains("href=\"/children/" + visited + "/visits\">Child in need visit</a>")
                .contains("href=\"/children/" + assessed + "/assessments/");
        assertThat(home).contains(" (and 1 other step)").contains("Overdue")
                .contains("Child and family assessment").contains("Not yet due").contains("Nothing due")
                .doesNotContain("No children are allocated to you");
    }

    @Test
    void aHubPractitionersHomeListsTheContactsAssignedToThem() throws Exception {
        StaffMember practitioner = council.user(Role.MASH_PRACTITIONER);
        ContactId contact = fixtures.referral(council);
        frontDoor.assign(contact, contacts.find(contact).orElseThrow().version(), practitioner);

        String home = page(practitioner, "/");

        assertThat(home).contains("Contacts assigned to you").contains("1 contact<")
                .contains("href=\"/front-door/contacts/" + contact + "\"").contains("Amira Fixture" + council.tag())
                .contains("Assigned to " + practitioner.displayName())
                .doesNotContain("No children are allocated to you");
    }

    @Test
    void aHubManagersHomeStartsWithTheDecisionsAwaitingAuthorisationAndTheQueueFiltersByStatus() throws Exception {
        StaffMember manager = council.user(Role.MASH_MANAGER);
        ContactId awaiting = fixtures.decisionAwaitingAuthorisation(council);
        ContactId screening = fixtures.referral(council);

        String home = page(manager, "/");
        String queue = page(manager, "/front-door?status=AWAITING_AUTHORISATION");

        assertThat(home).contains("Decisions awaiting your authorisation")
                .contains("href=\"/front-door/contacts/" + awaiting + "\"")
                .doesNotContain("href=\"/front-door/contacts/" + screening + "\"");
        assertThat(home.indexOf("Decisions awaiting your authorisation"))
                .isLessThan(home.indexOf("Contacts assigned to you"));
        assertThat(queue).contains("/front-door/contacts/" + awaiting).doesNotContain("/front-door/contacts/" + screening);
        assertThat(page(manager, "/front-door?status=RECEIVED")).contains("/front-door/contacts/" + screening)
                .doesNotContain("/front-door/contacts/" + awaiting);
    }

    @Test
    void theChairIsChosenFromTheChairsAndTheirHomeListsTheConferencesTheyChairButNotARestrictedChild()
            throws Exception {
        StaffMember chair = council.user(Role.CHILD_PROTECTION_CHAIR);
        PersonId child = fixtures.allocatedChild(council);
        EnquiryId enquiry = fixtures.enquiry(council, child);
        assertThat(page(worker, "/children/" + child + "/child-protection"))
                .contains("<option value=\"" + chair.id() + "\">" + chair.displayName() + "</option>");
        childProtection.recordInitialConference(enquiry, LocalDate.now(), chair.id(), "Mother, school", "NEG", null,
                null, worker);
        PersonId restricted = fixtures.allocatedChild(council);
        childProtection.recordInitialConference(fixtures.enquiry(council, restricted), LocalDate.now(), chair.id(),
                "Mother, school", "NEG", null, null, worker);
        StaffMember head = council.user(Role.HEAD_OF_SERVICE);
        restrictions.restrict(restricted, "A relative works in the service", head, List.of(head.id()));

        String home = page(chair, "/");

        assertThat(home).contains("Conferences you chair").contains("1 conference<").contains("First review conference")
                .contains("href=\"/children/" + child + "/plans?meeting=REVIEW_CONFERENCE#plan-").doesNotContain(restricted.toString())
                .doesNotContain("No children are allocated to you");
    }

    @Test
    void aChairWhoIsNotAChairIsRefusedByTheField() {
        PersonId child = fixtures.allocatedChild(council);
        EnquiryId enquiry = fixtures.enquiry(council, child);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> childProtection.recordInitialConference(enquiry,
                        LocalDate.now(), worker.id(), null, "NEG", null, null, worker))
                .isInstanceOfSatisfying(hearth.platform.InvalidInput.class,
                        e -> assertThat(e.errors()).containsEntry("chairId", "Select the chair of the conference"));
    }

    @Test
    void theOutOfHoursWorkersHomeListsTonightsCallsWithTheirHandover() throws Exception {
        StaffMember edt = council.user(Role.OUT_OF_HOURS_WORKER);
        ContactId call = frontDoor.submit(null, FixtureCouncil.referralAbout("Kai", "Night" + council.tag(),
                LocalDate.now().minusYears(4), null), edt);

        String home = page(edt, "/");

        assertThat(home).contains("Tonight&#39;s calls and handovers").contains("href=\"/front-door/contacts/" + call + "\"")
                .contains("Kai Night" + council.tag()).doesNotContain("No children are allocated to you");
    }

    @Test
    void myWorkGroupsTheStepsFiltersThemByKindAndEachOpensItsForm() throws Exception {
        PersonId child = fixtures.allocatedChild(council);
        PlanId plan = overdueVisit(child);
        AssessmentId assessment = fixtures.assessment(council, child);

        String all = page(worker, "/my-work");
        String assessments = page(worker, "/my-work?kind=CHILD_AND_FAMILY_ASSESSMENT");

        assertThat(all).contains("3 steps due").contains("Overdue: 1 step").contains("Due this week")
                .contains("Due later")
                .contains("href=\"/children/" + child + "/visits\"")
                .contains("href=\"/children/" + child + "/plans#plan-" + plan + "\"")
                .contains("href=\"/children/" + child + "/assessments/" + assessment + "\"")
                .doesNotContain("class=\"govuk-link step-link\" href=\"/children/" + child + "\"");
        assertThat(all.indexOf("/visits\"")).isLessThan(all.indexOf("/assessments/" + assessment));
        assertThat(assessments).contains("1 step of this kind due")
                .contains("href=\"/children/" + child + "/assessments/" + assessment + "\"")
                .doesNotContain("/visits\"").contains("<option value=\"CHILD_AND_FAMILY_ASSESSMENT\" selected=\"selected\"");
    }

    @Test
    void aRestrictedChildsStepsAreNotInTheManagersWorkNorOnTheirHome() throws Exception {
        PersonId open = fixtures.allocatedChild(council);
        overdueVisit(open);
        PersonId restricted = fixtures.allocatedChild(council);
        overdueVisit(restricted);
        StaffMember head = council.user(Role.HEAD_OF_SERVICE);
        restrictions.restrict(restricted, "A relative works in the team", head, List.of(head.id()));
        StaffMember manager = council.user(Role.TEAM_MANAGER);

        assertThat(page(manager, "/my-work")).contains("/children/" + open + "/visits")
                .doesNotContain(restricted.toString());
        assertThat(page(manager, "/")).contains("1 child<").doesNotContain(restricted.toString());
    }

    @Test
    void aTeamManagerSeesEveryOverdueStepInTheTeamAndAHeadOfServiceTheFiguresByTeam() throws Exception {
        PersonId late = fixtures.allocatedChild(council);
        overdueVisit(late);
        fixtures.assessment(council, fixtures.allocatedChild(council));

        String manager = page(council.user(Role.TEAM_MANAGER), "/");
        String head = page(council.user(Role.HEAD_OF_SERVICE), "/");

        assertThat(manager).contains("Overdue across your team").contains("1 overdue step<")
                .contains("href=\"/children/" + late + "/visits\"")
                .contains("Child in need visit · " + worker.displayName());
        assertThat(head).contains("Overdue steps by team").contains(council.team().name())
                .contains("1 overdue step across 1 child, of 2 open cases").doesNotContain(late.toString());
    }

    @Test
    void aTeamManagerSeesTheAssessmentsAwaitingTheirAuthorisation() throws Exception {
        PersonId child = fixtures.allocatedChild(council);
        AssessmentId assessment = assessments.startFromRecord(child, LocalDate.now().minusDays(2), worker);
        AssessmentId notYet = fixtures.assessment(council, fixtures.allocatedChild(council));
        assessments.save(assessment, 0, FixtureCouncil.completeAssessment(null), worker);
        assessments.submit(assessment, 1, worker);

        String home = page(council.user(Role.TEAM_MANAGER), "/");

        assertThat(home).contains("Assessments awaiting your authorisation").contains("1 assessment<");
        String awaiting = home.substring(home.indexOf("Assessments awaiting your authorisation"));
        awaiting = awaiting.substring(0, awaiting.indexOf("<h2", 1));
        assertThat(awaiting).contains("href=\"/children/" + child + "/assessments/" + assessment + "\"")
                .as("an assessment still in progress is the worker's next step, not awaiting authorisation")
                .doesNotContain("/assessments/" + notYet + "\"");
    }

    @Test
    void aTeamManagerSeesTheCasesWhoseSupervisionIsDue() throws Exception {
        PersonId heldLong = fixtures.child(council, "Ada", "Unsupervised", LocalDate.now().minusYears(8));
        allocations.allocate(heldLong, council.team().id(), worker.id(), LocalDate.now().minusWeeks(8),
                council.user(Role.TEAM_MANAGER));
        PersonId heldToday = fixtures.allocatedChild(council);

        String home = page(council.user(Role.TEAM_MANAGER), "/");

        assertThat(home).contains("Supervision due").contains("1 case<")
                .contains("href=\"/children/" + heldLong + "/supervision\"")
                .doesNotContain("href=\"/children/" + heldToday + "/supervision\"");
    }

    /** A child in need plan whose first visit should have happened weeks ago. */
    private PlanId overdueVisit(PersonId child) {
        PlanId plan = fixtures.childInNeedPlan(council, child);
        clocks.start(child, ClockKind.CHILD_IN_NEED_VISIT, ClockSubject.plan(plan, 1),
                Instant.now().minus(Duration.ofDays(60)));
        return plan;
    }

    private static int positionOf(String html, PersonId child) {
        return html.indexOf("href=\"/children/" + child + "\"");
    }

    private String page(StaffMember member, String path) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(member.username()))))
                .andReturn().getResponse().getContentAsString();
    }
}

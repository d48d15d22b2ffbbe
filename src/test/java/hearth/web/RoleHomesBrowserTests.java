package hearth.web;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import hearth.access.Staff;
import hearth.access.StaffMember;
import hearth.casework.Allocations;
import hearth.childprotection.ChildProtection;
import hearth.frontdoor.ContactQueries;
import hearth.frontdoor.FrontDoor;
import hearth.frontdoor.Outcome;
import hearth.frontdoor.ThresholdLevel;
import hearth.planning.MeetingKind;
import hearth.planning.MeetingRecord;
import hearth.planning.PlanId;
import hearth.planning.PlanKind;
import hearth.planning.Plans;
import hearth.platform.PersonId;
import hearth.timeliness.ClockKind;
import hearth.timeliness.ClockSubject;
import hearth.timeliness.Clocks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** The homes of a social worker, a chair, a hub manager and a team manager, and "my work", in Chromium: no axe-core violations. */
@HearthTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleHomesBrowserTests extends BrowserJourney {

    @Autowired Clocks clocks;
    @Autowired ChildProtection childProtection;
    @Autowired Allocations allocations;
    @Autowired FrontDoor frontDoor;
    @Autowired ContactQueries contacts;
    @Autowired Plans plans;
    @Autowired Staff staff;

    FixtureCouncil.Council council;

    @BeforeAll
    void start() {
        council = fixtures.create();
        PersonId visited = fixtures.allocatedChild(council);
        PlanId plan = fixtures.childInNeedPlan(council, visited);
        clocks.start(visited, ClockKind.CHILD_IN_NEED_VISIT, ClockSubject.plan(plan, 1),
                Instant.now().minus(Duration.ofDays(60)));
        fixtures.assessment(council, fixtures.allocatedChild(council));
        PersonId protectedChild = fixtures.allocatedChild(council);
        childProtection.recordInitialConference(fixtures.enquiry(council, protectedChild), LocalDate.now(),
                council.user(Role.CHILD_PROTECTION_CHAIR).id(), "Mother, school", "NEG", null, null,
                council.user(Role.SOCIAL_WORKER));
        fixtures.decisionAwaitingAuthorisation(council);
    }

    @Test
    void eachRoleLandsOnItsWork() throws Exception {
        signIn(council.user(Role.SOCIAL_WORKER));
        assertThat(browser.driver.findElement(By.tagName("caption")).getText()).isEqualTo("3 children");
        checkAccessible("home-social-worker");
        open("/my-work");
        assertThat(browser.driver.findElement(By.id("step-count")).getText()).endsWith("steps due");
        checkAccessible("my-work-grouped");

        signIn(council.user(Role.CHILD_PROTECTION_CHAIR));
        assertThat(browser.driver.findElement(By.tagName("h2")).getText()).isEqualTo("Conferences you chair");
        checkAccessible("home-chair");

        signIn(council.user(Role.MASH_MANAGER));
        assertThat(browser.driver.findElement(By.tagName("h2")).getText())
                .isEqualTo("Decisions awaiting your authorisation");
        checkAccessible("home-hub-manager");

        signIn(council.user(Role.TEAM_MANAGER));
        assertThat(browser.driver.findElements(By.tagName("h2"))).extracting(WebElement::getText)
                .as("a child with no worker comes first, then the team's decisions")
                .startsWith("Waiting for allocation", "Assessments awaiting your authorisation");
        checkAccessible("home-team-manager");
    }

    /**
     * A chair's home lists the next conference of each child whose last conference they chaired,
     * initial or review, the soonest first; a child whose later review another chaired is not theirs.
     */
    @Test
    void aChairsHomeListsTheConferencesTheyChairReviewsIncludedSoonestFirst() throws Exception {
        StaffMember chair = staff.createUser(new Staff.NewUser("reviewing-chair." + council.tag(),
                "Rhiannon Reviewing " + council.tag(), Role.CHILD_PROTECTION_CHAIR, null, null, FixtureCouncil.PASSWORD));
        StaffMember worker = council.user(Role.SOCIAL_WORKER);
        LocalDate today = LocalDate.now();
        // Initial conference today: the first review is due in three months.
        PersonId initial = fixtures.child(council, "Isla", "Initial", today.minusYears(5));
        childProtection.recordInitialConference(fixtures.enquiry(council, initial), today, chair.id(), "Mother",
                "NEG", null, null, worker);
        // Reviewed by this chair 120 days ago: the next review is due in about two months, sooner.
        PersonId reviewed = fixtures.child(council, "Bea", "Reviewed", today.minusYears(7));
        plans.startChildProtectionPlan(reviewed, today.minusDays(200), "EMO", worker);
        review(reviewed, today.minusDays(120), chair);
        // Reviewed by this chair, then by another: the other chair's child now.
        PersonId handedOn = fixtures.child(council, "Cal", "Handed-On", today.minusYears(8));
        plans.startChildProtectionPlan(handedOn, today.minusDays(200), "PHY", worker);
        review(handedOn, today.minusDays(130), chair);
        review(handedOn, today.minusDays(100), council.user(Role.CHILD_PROTECTION_CHAIR));

        signIn(chair);

        assertThat(browser.driver.findElement(By.tagName("h2")).getText()).isEqualTo("Conferences you chair");
        assertThat(browser.driver.findElements(By.cssSelector("tbody tr"))).extracting(WebElement::getText)
                .as("the review due sooner comes first; the child another chair reviewed last is not listed")
                .hasSize(2).satisfiesExactly(
                        row -> assertThat(row).startsWith("Bea Reviewed").contains("Review conference"),
                        row -> assertThat(row).startsWith("Isla Initial").contains("First review conference"));
        checkAccessible("home-chair-reviews");
    }

    private void review(PersonId child, LocalDate on, StaffMember chair) {
        Plans.Plan plan = plans.open(child, PlanKind.CHILD_PROTECTION).orElseThrow();
        plans.recordMeeting(plan.id(), plan.version(), MeetingRecord.of(MeetingKind.REVIEW_CONFERENCE, on, "Mother, school",
                "Plan continues", null).chairedBy(chair.id()), council.user(Role.SOCIAL_WORKER));
    }

    /** The allocation journey's last steps: the manager sees the waiting child first, opens it and allocates. */
    @Test
    void aTeamManagerAllocatesAWaitingChildFromTheirHome() throws Exception {
        PersonId waiting = fixtures.child(council, "Wren", "Waiting", LocalDate.now().minusYears(6));
        allocations.allocate(waiting, council.team().id(), null, LocalDate.now(), council.user(Role.TEAM_MANAGER));
        clocks.start(waiting, ClockKind.ALLOCATION, ClockSubject.child(waiting), Instant.now());

        signIn(council.user(Role.TEAM_MANAGER));
        browser.submit(By.cssSelector("a[href='/children/" + waiting + "/allocate']"));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Allocate a worker");
        checkAccessible("allocate");
        browser.submit(By.cssSelector("button.govuk-button"));
        assertThat(browser.driver.findElement(By.className("govuk-error-summary")).getText())
                .contains("Select the worker to allocate");
        browser.driver.findElement(By.cssSelector("input[name='workerId']")).click();
        browser.submit(By.cssSelector("button.govuk-button"));

        assertThat(allocations.current(waiting).orElseThrow().workerId()).isNotNull();
        open("/");
        assertThat(browser.driver.getPageSource()).doesNotContain("/children/" + waiting + "/allocate");
    }

    /**
     * The whole allocation journey: a hub decision for an assessment gives the child a team at once,
     * the head of service finds the child among those with no worker, allocates the council's social
     * worker, and the child is on that worker's home.
     */
    @Test
    void aReferralAcceptedAtTheFrontDoorEndsOnAWorkersHome() throws Exception {
        FixtureCouncil.FrontDoorChild atTheDoor = fixtures.childAtTheFrontDoor(council);
        frontDoor.decide(atTheDoor.contact(), contacts.find(atTheDoor.contact()).orElseThrow().version(),
                ThresholdLevel.CHILD_IN_NEED, "Needs an assessment", Outcome.ASSESSMENT, council.user(Role.MASH_PRACTITIONER));
        frontDoor.authorise(atTheDoor.contact(), contacts.find(atTheDoor.contact()).orElseThrow().version(),
                council.user(Role.MASH_MANAGER));
        PersonId child = atTheDoor.child();
        assertThat(allocations.current(child)).as("held by a team from the decision on").isPresent();

        signIn(council.user(Role.HEAD_OF_SERVICE));
        browser.submit(By.cssSelector("a[href='/children/" + child + "/allocate']"));
        String worker = council.user(Role.SOCIAL_WORKER).id().toString();
        // A few workers are offered as radios, a whole service's as a list grouped by team.
        List<WebElement> radio = browser.driver.findElements(By.cssSelector("input[value='" + worker + "']"));
        if (radio.isEmpty()) {
            new Select(browser.driver.findElement(By.id("workerId"))).selectByValue(worker);
        } else {
            radio.get(0).click();
        }
        browser.submit(By.cssSelector("button.govuk-button"));

        signIn(council.user(Role.SOCIAL_WORKER));
        assertThat(browser.driver.getPageSource()).contains("href=\"/children/" + child + "\"");
    }
}

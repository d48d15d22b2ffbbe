package hearth.web;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.casework.Allocations;
import hearth.childprotection.ChildProtection;
import hearth.frontdoor.ContactQueries;
import hearth.frontdoor.FrontDoor;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The five daily tasks, each done by the role that does it, counting the pages the browser
 * loads from the role's home: a visit, a strategy discussion, a supervision and a plan review
 * in two (open the step's form from the home, save it), a hub decision in three (open the
 * contact, request the checks, decide). Every page touched is checked with axe-core.
 *
 * <p>A load is counted by the document, not by the test's own steps: each page is given a mark
 * in its window, a new page has none, and a step that loads a page it does not count fails.
 */
@HearthTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiveTasksBrowserTests extends BrowserJourney {

    private static final String MARK = "window.hearthCountedPage";

    @Autowired Clocks clocks;
    @Autowired Plans plans;
    @Autowired ChildProtection childProtection;
    @Autowired FrontDoor frontDoor;
    @Autowired ContactQueries contacts;
    @Autowired Allocations allocations;

    FixtureCouncil.Council council;
    StaffMember worker;
    int loads;

    @BeforeAll
    void start() {
        council = fixtures.create();
        worker = council.user(Role.SOCIAL_WORKER);
    }

    @Test
    void aVisitInTwoPageLoadsFromTheSocialWorkersHome() throws Exception {
        PersonId child = fixtures.allocatedChild(council);
        // The planning meeting held, the child's visit is the next step, and overdue.
        PlanId plan = plans.startChildInNeedPlan(child, LocalDate.now().minusDays(45), worker);
        plans.recordMeeting(plan, 0, MeetingRecord.of(MeetingKind.PLANNING_MEETING, LocalDate.now().minusDays(40),
                "Mother, school", "Plan agreed", null), worker);

        fromHome(worker, "home-visit");
        load("visit-form", By.cssSelector("a[href='/children/" + child + "/visits']"));
        date("visitedOn", LocalDate.now());
        browser.driver.findElement(By.id("visitType-0")).click();
        browser.driver.findElement(By.id("place-0")).click();
        browser.driver.findElement(By.id("childSeen-0")).click();
        browser.driver.findElement(By.id("seenAlone-0")).click();
        type("childWords", "I like my new bed.");
        load("visit-saved", By.cssSelector("button[value=record]"));

        assertThat(savedBanner()).isEqualTo("Visit recorded");
        assertThat(loads).isEqualTo(2);
    }

    @Test
    void aStrategyDiscussionInTwoPageLoadsFromTheSocialWorkersHome() throws Exception {
        PersonId child = fixtures.allocatedChild(council);
        clocks.start(child, ClockKind.STRATEGY_DISCUSSION, ClockSubject.child(child),
                Instant.now().minus(Duration.ofHours(2)));

        fromHome(worker, "home-strategy-discussion");
        load("strategy-discussion-page",
                By.cssSelector("a[href='/children/" + child + "/child-protection#strategy-discussion']"));
        assertThat(browser.driver.findElement(By.id("strategy-discussion")).getAttribute("open"))
                .as("the discussion that is due has its form open").isNotNull();
        heldJustNow("heldOn", "heldAtTime");
        browser.driver.findElement(By.cssSelector("input[name=agencies][value=POLICE]")).click();
        type("chair", "Helen Okafor");
        type("participant1Name", "Sam Whitfield");
        new Select(browser.driver.findElement(By.id("participant1Agency"))).selectByValue("POLICE");
        type("shared", "Police: two call-outs this month.");
        browser.driver.findElement(By.cssSelector("input[name=decision][value=S47_JOINT]")).click();
        checkAccessible("strategy-discussion-form");
        load("strategy-discussion-saved",
                By.cssSelector("form[action$='/strategy-discussions'] button:not([name=addParticipant])"));

        assertThat(savedBanner()).isEqualTo("Strategy discussion recorded");
        assertThat(loads).isEqualTo(2);
    }

    @Test
    void aSupervisionInTwoPageLoadsFromTheTeamManagersHome() throws Exception {
        StaffMember manager = council.user(Role.TEAM_MANAGER);
        // Held for eight weeks without supervision: past the six-week interval, so supervision is due.
        PersonId child = fixtures.child(council, "Sami", "Supervised", LocalDate.now().minusYears(9));
        allocations.allocate(child, council.team().id(), worker.id(), LocalDate.now().minusWeeks(8), manager);

        fromHome(manager, "home-supervision");
        load("supervision-form", By.cssSelector("a[href='/children/" + child + "/supervision']"));
        date("heldOn", LocalDate.now());
        type("childWouldSay", "I want Dad to come home but not the shouting");
        type("decisions", "Continue the plan; ask for a parenting assessment");
        type("action1", "See Amira alone at school");
        type("action1Owner", "Social worker");
        date("action1Due", LocalDate.now().plusDays(7));
        load("supervision-saved", By.cssSelector("form[action$='/supervision'] button:not([name=addAction])"));

        assertThat(savedBanner()).isEqualTo("Supervision recorded");
        assertThat(loads).isEqualTo(2);
    }

    @Test
    void aReviewConferenceInTwoPageLoadsFromTheChairsHome() throws Exception {
        PersonId child = fixtures.allocatedChild(council);
        StaffMember chair = council.user(Role.CHILD_PROTECTION_CHAIR);
        childProtection.recordInitialConference(fixtures.enquiry(council, child), LocalDate.now(), chair.id(),
                "Mother, school", "NEG", null, null, worker);
        PlanId plan = plans.open(child, PlanKind.CHILD_PROTECTION).orElseThrow().id();

        fromHome(chair, "home-review");
        load("review-form", By.cssSelector("a[href='/children/" + child + "/plans?meeting=REVIEW_CONFERENCE#plan-"
                + plan + "']"));
        assertThat(browser.driver.findElement(By.cssSelector("input[name=meetingKind][value=REVIEW_CONFERENCE]"))
                .isSelected()).as("the review that is due is chosen").isTrue();
        date("heldOn", LocalDate.now());
        assertThat(new Select(browser.driver.findElement(By.id("chairId"))).getFirstSelectedOption().getAttribute("value"))
                .as("the chair who opens the plan is its review's chair").isEqualTo(chair.id().toString());
        type("attendees", "Mother, school, health visitor");
        type("summary", "Home conditions improving; the plan continues");
        type("childView", "I like it when the nurse comes");
        load("review-saved", By.cssSelector("form[action$='/meetings'] button"));

        assertThat(savedBanner()).isEqualTo("Review conference recorded");
        assertThat(plans.meetings(child)).extracting(Plans.Meeting::kind, Plans.Meeting::chairId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MeetingKind.REVIEW_CONFERENCE, chair.id()));
        assertThat(loads).isEqualTo(2);
    }

    @Test
    void aHubDecisionInThreePageLoadsFromTheHubPractitionersHome() throws Exception {
        StaffMember practitioner = council.user(Role.MASH_PRACTITIONER);
        FixtureCouncil.FrontDoorChild atTheDoor = fixtures.childAtTheFrontDoor(council);
        frontDoor.assign(atTheDoor.contact(), contacts.find(atTheDoor.contact()).orElseThrow().version(), practitioner);

        fromHome(practitioner, "home-hub-decision");
        load("contact", By.cssSelector("a[href='/front-door/contacts/" + atTheDoor.contact() + "']"));
        browser.driver.findElement(By.cssSelector("input[name=agencies][value=POLICE]")).click();
        browser.driver.findElement(By.cssSelector("input[name=agencies][value=HEALTH]")).click();
        type("question", "Anything known about the household?");
        load("contact-checks-requested", By.cssSelector("form[action$='/requests'] button"));
        assertThat(savedBanner()).startsWith("Requests for information sent to ");
        browser.driver.findElement(By.cssSelector("input[name=thresholdLevel][value='2']")).click();
        type("rationale", "Neglect concerns at level 2; the family is open to early help.");
        browser.driver.findElement(By.cssSelector("input[name=outcome][value=EARLY_HELP]")).click();
        load("contact-decided", By.cssSelector("form[action$='/decide'] button"));

        assertThat(savedBanner()).isEqualTo("Threshold decision recorded");
        assertThat(loads).isEqualTo(3);
    }

    /** Signs in (the home is where the count starts) and checks the home. */
    private void fromHome(StaffMember member, String page) throws Exception {
        signIn(member);
        browser.driver.get("http://localhost:" + port + "/");
        waitUntilLoaded();
        loads = 0;
        mark();
        checkAccessible(page);
    }

    /**
     * Clicks a link or button that loads the next page and counts the load; the page it leaves
     * must still be the one last counted, so no load goes uncounted.
     */
    private void load(String page, By clickable) throws Exception {
        assertThat(marked()).as("the page before " + page + " is the one last counted").isTrue();
        browser.submit(clickable);
        waitUntilLoaded();
        assertThat(marked()).as(page + " is a new page").isFalse();
        loads++;
        mark();
        assertThat(browser.driver.findElements(By.className("govuk-error-summary"))).as(page + " has no errors")
                .isEmpty();
        checkAccessible(page);
    }

    private void waitUntilLoaded() {
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private void mark() {
        ((JavascriptExecutor) browser.driver).executeScript(MARK + " = true");
    }

    private boolean marked() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver).executeScript("return " + MARK + " === true"));
    }
}

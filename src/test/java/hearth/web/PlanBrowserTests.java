package hearth.web;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import hearth.access.Staff;
import hearth.access.StaffMember;
import hearth.platform.PersonId;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The child protection pathway after the enquiry, in the browser: conference, plan, core
 * group, a review that steps down, a visit, a transfer accepted by the receiving manager,
 * and closure; and an administrator's bank holidays. Every page passes axe-core.
 */
@HearthTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanBrowserTests extends BrowserJourney {

    @Autowired Staff staff;

    FixtureCouncil.Council council;
    StaffMember receivingManager;
    PersonId child;

    @BeforeAll
    void start() throws Exception {
        council = fixtures.create();
        child = fixtures.allocatedChild(council);
        receivingManager = staff.createUser(new Staff.NewUser("cin-manager." + council.tag(), "Priya Receiving",
                Role.TEAM_MANAGER, council.outsider().teamId(), null, FixtureCouncil.PASSWORD));
    }

    @Test
    void fromConferenceToPlanCoreGroupStepDownVisitTransferAndClosure() throws Exception {
        signIn(council.user(Role.SOCIAL_WORKER));
        open("/children/" + child + "/child-protection");
        browser.driver.findElement(By.cssSelector("details summary")).click();
        heldJustNow("heldOn", "heldAtTime");
        browser.driver.findElement(By.id("chair")).sendKeys("Helen Okafor");
        for (String agency : new String[] {"POLICE", "HEALTH"}) {
            browser.driver.findElement(By.cssSelector("input[name=agencies][value=" + agency + "]")).click();
        }
        browser.driver.findElement(By.id("shared")).sendKeys("Police: two call-outs; health: missed appointments.");
        browser.driver.findElement(By.cssSelector("input[name=decision][value=S47_JOINT]")).click();
        assertThat(browser.driver.findElements(By.id("participant2Name"))).as("one participant row to start").isEmpty();
        type("participant1Name", "Sam Whitfield");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("participant1Agency")))
                .selectByValue("POLICE");
        browser.submit(By.cssSelector("button[name=addParticipant]"));
        assertThat(browser.driver.findElement(By.id("participant1Name")).getAttribute("value")).isEqualTo("Sam Whitfield");
        assertThat(browser.driver.findElement(By.id("chair")).getAttribute("value")).isEqualTo("Helen Okafor");
        assertThat(browser.driver.findElements(By.cssSelector("input[name=agencies]:checked")))
                .extracting(e -> e.getAttribute("value")).as("social care ticked by default, and the ticks kept")
                .containsExactlyInAnyOrder("SOCIAL_CARE", "POLICE", "HEALTH");
        assertThat(browser.driver.findElement(By.cssSelector("input[name=decision][value=S47_JOINT]")).isSelected())
                .isTrue();
        checkAccessible("strategy-discussion-another-participant");
        type("participant2Name", "Jo Patel");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("participant2Agency")))
                .selectByValue("HEALTH");
        browser.submit(By.cssSelector("form[action$='/strategy-discussions'] button:not([name=addParticipant])"));
        assertThat(browser.shows("Sam Whitfield, Police", "Jo Patel, Health")).isTrue();
        date("conferenceOn", LocalDate.now());
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("chairId")))
                .selectByVisibleText(council.user(Role.CHILD_PROTECTION_CHAIR).displayName());
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("category"))).selectByValue("NEG");
        browser.submit(By.cssSelector("form[action$='/conference'] button"));
        assertThat(browser.shows("child protection plan (Neglect)")).isTrue();

        open("/children/" + child + "/plans");
        assertThat(browser.shows("Child protection plan", "First core group", "First review conference",
                "Child protection visit")).isTrue();
        checkAccessible("plans-child-protection");
        browser.submit(By.partialLinkText("Write or change the plan"));
        browser.driver.findElement(By.id("outcome1WillChange")).sendKeys("Amira is safe at home and not hurt");
        browser.driver.findElement(By.id("outcome1Indicator")).sendKeys("Injuries seen by school or health");
        browser.driver.findElement(By.id("outcome1Baseline")).sendKeys("2 a month");
        browser.driver.findElement(By.id("outcome1Target")).sendKeys("none");
        browser.driver.findElement(By.id("outcome1Owner")).sendKeys("Mother, with the family support worker");
        browser.submit(By.cssSelector("button[value=add]"));
        assertThat(browser.driver.findElements(By.id("outcome4WillChange"))).isNotEmpty();
        assertThat(browser.driver.findElement(By.id("outcome1WillChange")).getAttribute("value"))
                .isEqualTo("Amira is safe at home and not hurt");
        browser.submit(By.cssSelector("button[value=save]"));
        assertThat(browser.shows("Write the contingency plan")).isTrue();
        checkAccessible("plan-content-errors");
        browser.driver.findElement(By.id("contingency")).sendKeys("If another injury, a strategy discussion the same day");
        browser.submit(By.cssSelector("button[value=save]"));
        assertThat(browser.shows("Amira is safe at home and not hurt", "If another injury")).isTrue();
        meeting("CORE_GROUP", "Mother, school nurse, class teacher", "Plan agreed: nursery place, health visits",
                "CONTINUES");
        assertThat(browser.shows("Plan agreed: nursery place", "Core group")).isTrue();
        meeting("REVIEW_CONFERENCE", "Chair, mother, school", "Home conditions improved; step down",
                "STEP_DOWN_CHILD_IN_NEED");
        assertThat(browser.shows("Child in need plan", "Stepped down to a child in need plan",
                "Child in need planning meeting")).isTrue();
        checkAccessible("plans-stepped-down");

        open("/children/" + child + "/visits");
        date("visitedOn", LocalDate.now());
        browser.driver.findElement(By.id("visitType-0")).click();
        browser.driver.findElement(By.id("place-0")).click();
        browser.driver.findElement(By.id("childSeen-0")).click();
        browser.driver.findElement(By.id("seenAlone-0")).click();
        browser.driver.findElement(By.id("childWords")).sendKeys("I like my new bed.");
        browser.submit(By.cssSelector("button[value=record]"));
        assertThat(browser.shows("Seen alone", "new bed")).isTrue();
        checkAccessible("visits");

        open("/children/" + child + "/transfer");
        checkAccessible("transfer");
        browser.driver.findElement(By.cssSelector("input[name=toTeamId][value='" + council.outsider().teamId() + "']"))
                .click();
        browser.driver.findElement(By.id("handover")).sendKeys("Planning meeting due; school is the key agency.");
        browser.submit(By.cssSelector("form[action$='/transfer'] button"));
        assertThat(browser.shows("waiting for the team to accept")).isTrue();

        signIn(receivingManager);
        open("/my-work");
        assertThat(browser.shows("Transfers waiting for your team", "school is the key agency")).isTrue();
        checkAccessible("team-view-transfer");
        browser.submit(By.cssSelector("form[action$='/acceptance'] button"));
        assertThat(browser.shows("Child in need planning meeting")).isTrue();

        open("/children/" + child + "/closure");
        checkAccessible("closure");
        browser.submit(By.cssSelector("form[action$='/closure'] button"));
        assertThat(browser.shows("Select the reason for closure")).isTrue();
        checkAccessible("closure-errors");
        date("closedOn", LocalDate.now());
        browser.driver.findElement(By.cssSelector("input[name=reason][value=RC7]")).click();
        browser.driver.findElement(By.id("summary")).sendKeys("Outcomes met; family know how to ask for help.");
        browser.submit(By.cssSelector("form[action$='/closure'] button"));
        assertThat(browser.shows("Case closed on", "Services ceased for any other reason")).isTrue();
        checkAccessible("case-file-closed");
    }

    @Test
    void anAdministratorAddsAndRemovesABankHoliday() throws Exception {
        signIn(council.user(Role.SYSTEM_ADMINISTRATOR));
        open("/admin/bank-holidays");
        checkAccessible("bank-holidays");
        date("day", LocalDate.of(2030, 6, 4));
        browser.driver.findElement(By.id("name")).sendKeys("Bank holiday for a royal jubilee");
        browser.submit(By.cssSelector("form[action$='/admin/bank-holidays'] button"));
        assertThat(browser.shows("Bank holiday for a royal jubilee added", "open clocks' due times moved")).isTrue();
        checkAccessible("bank-holidays-added");
        browser.submit(By.cssSelector("form[action$='/2030-06-04/removal'] button"));
        assertThat(browser.shows("2030-06-04 removed")).isTrue();
    }

    @Test
    void aVisitDraftSurvivesALostSessionAndTextPostedAfterATimeoutIsOfferedBack() throws Exception {
        PersonId another = fixtures.allocatedChild(council);
        StaffMember worker = council.user(Role.SOCIAL_WORKER);
        signIn(worker);
        open("/children/" + another + "/visits");
        browser.driver.findElement(By.id("childWords")).sendKeys("I want to stay with Nan");
        assertThat(browser.shows("Draft saved at")).as("autosaved").isTrue();
        signIn(worker);
        open("/children/" + another + "/visits");
        assertThat(browser.shows("Your draft from")).isTrue();
        assertThat(browser.driver.findElement(By.id("childWords")).getAttribute("value"))
                .isEqualTo("I want to stay with Nan");

        browser.driver.findElement(By.id("observations")).sendKeys("Calm and chatty; showed me her drawings");
        browser.driver.manage().deleteCookieNamed("JSESSIONID");
        browser.driver.manage().addCookie(new org.openqa.selenium.Cookie("JSESSIONID", "ENDED0000SESSION", "/"));
        browser.submit(By.cssSelector("button[value=record]"));
        assertThat(browser.driver.getCurrentUrl()).contains("/sign-in");
        browser.driver.findElement(By.id("username")).sendKeys(worker.username());
        browser.driver.findElement(By.id("password")).sendKeys(FixtureCouncil.PASSWORD);
        browser.submit(By.cssSelector("button[type=submit]"));
        assertThat(browser.shows("We kept what you typed")).isTrue();
        checkAccessible("kept-form-banner");
        browser.submit(By.linkText("Go back to the form"));
        assertThat(browser.shows("We kept what you typed when your session ended")).isTrue();
        assertThat(browser.driver.findElement(By.id("observations")).getAttribute("value"))
                .isEqualTo("Calm and chatty; showed me her drawings");
        assertThat(browser.driver.findElement(By.id("childWords")).getAttribute("value"))
                .isEqualTo("I want to stay with Nan");
        checkAccessible("visit-kept");
    }

    private void meeting(String kind, String attendees, String summary, String ends) {
        browser.driver.findElement(By.cssSelector("input[name=meetingKind][value=" + kind + "]")).click();
        date("heldOn", LocalDate.now());
        browser.driver.findElement(By.id("attendees")).sendKeys(attendees);
        browser.driver.findElement(By.id("summary")).sendKeys(summary);
        if (kind.startsWith("REVIEW")) {
            browser.driver.findElements(By.cssSelector("input[name^=progress-][value=PROGRESSING]")).forEach(r -> r.click());
            browser.driver.findElement(By.id("childView")).sendKeys("I feel safer now");
        }
        if (kind.equals("REVIEW_CONFERENCE")) {
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("chairId")))
                    .selectByValue(council.user(Role.CHILD_PROTECTION_CHAIR).id().toString());
        }
        browser.driver.findElement(By.cssSelector("input[name=ends][value=" + ends + "]")).click();
        browser.submit(By.cssSelector("form[action$='/meetings'] button"));
    }
}

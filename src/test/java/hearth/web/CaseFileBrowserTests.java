package hearth.web;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import hearth.casework.Involvements;
import hearth.childprotection.EnquiryId;
import hearth.chronology.Chronology;
import hearth.platform.PersonId;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A social worker signs in, searches, opens a case file and its chronology; every page
 * on the way has no axe-core violations.
 */
@HearthTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseFileBrowserTests extends BrowserJourney {

    @Autowired Chronology chronology;
    @Autowired Involvements involvements;
    @Autowired hearth.timeliness.Clocks clocks;

    FixtureCouncil.Council council;
    PersonId child;

    @BeforeAll
    void start() throws Exception {
        council = fixtures.create();
        child = fixtures.allocatedChild(council);
        involvements.start(child, Involvements.Kind.CHILD_IN_NEED, LocalDate.now(), council.user(Role.TEAM_MANAGER));
        chronology.record(child, LocalDate.of(2024, 4, 2), "School exclusion", "Excluded for three days",
                council.user(Role.SOCIAL_WORKER), null);
    }

    @Test
    void aSocialWorkerSignsInSearchesAndReadsTheCaseFileAndChronology() throws Exception {
        browser.driver.manage().deleteAllCookies();
        open("/sign-in");
        checkAccessible("sign-in");
        signIn(Role.SOCIAL_WORKER);
        assertThat(browser.driver.getCurrentUrl()).endsWith("/");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your cases");
        checkAccessible("home");

        open("/people/search");
        browser.driver.findElement(By.id("name")).sendKeys("Fixture" + council.tag() + " Amira");
        browser.submit(By.cssSelector("form button.govuk-button"));
        assertThat(browser.driver.findElement(By.tagName("h2")).getText()).endsWith("found");
        assertThat(browser.driver.findElement(By.cssSelector(".hearth-search-results tbody tr a")).getText())
                .as("the best match comes first").isEqualTo("Amira Fixture" + council.tag());
        checkAccessible("search-results");

        browser.driver.findElement(By.linkText("Amira Fixture" + council.tag())).click();
        assertThat(browser.driver.getCurrentUrl()).endsWith("/children/" + child);
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Amira Fixture" + council.tag());
        assertThat(browser.shows("Allocated worker", council.user(Role.SOCIAL_WORKER)
                .displayName(), "1 Test Road")).isTrue();
        checkAccessible("case-file");

        browser.driver.findElement(By.linkText("Chronology")).click();
        assertThat(browser.shows("Excluded for three days", "Allocated")).isTrue();
        checkAccessible("chronology");
    }

    @Test
    void aStrategyDiscussionStartsAnEnquiryWhoseConferenceShowsInMyWork() throws Exception {
        signIn(Role.SOCIAL_WORKER);
        open("/children/" + child + "/child-protection");
        checkAccessible("child-protection");
        // The form is open when a discussion is due, which another test here may have made so.
        if (browser.driver.findElement(By.id("strategy-discussion")).getAttribute("open") == null) {
            browser.driver.findElement(By.cssSelector("#strategy-discussion summary")).click();
        }
        heldJustNow("heldOn", "heldAtTime");
        assertThat(browser.driver.findElement(By.cssSelector("input[name=agencies][value=SOCIAL_CARE]")).isSelected())
                .as("social care ticked on a new form").isTrue();
        browser.driver.findElement(By.cssSelector("input[name=agencies][value=EDUCATION]")).click();
        browser.driver.findElement(By.id("chair")).sendKeys("Helen Okafor");
        browser.driver.findElement(By.id("shared")).sendKeys("School: bruising seen twice this month.");
        browser.driver.findElement(By.cssSelector("input[name=decision][value=S47_SINGLE_AGENCY]")).click();
        browser.submit(By.cssSelector("form[action$='/strategy-discussions'] button:not([name=addParticipant])"));
        assertThat(browser.shows("Strategy discussion recorded", "Without police and health",
                "Initial child protection conference")).isTrue();
        checkAccessible("child-protection-enquiry");
        open("/my-work");
        assertThat(browser.shows("Initial child protection conference")).isTrue();
        checkAccessible("my-work");
    }

    @Test
    void aFormWithMistakesShowsTheErrorSummaryAndKeepsWhatWasTyped() throws Exception {
        signIn(Role.SOCIAL_WORKER);
        open("/people/new");
        checkAccessible("person-form");
        browser.driver.findElement(By.id("forenames")).sendKeys("Mia");
        browser.driver.findElement(By.id("dateOfBirthDay")).sendKeys("31");
        browser.driver.findElement(By.id("dateOfBirthMonth")).sendKeys("2");
        browser.driver.findElement(By.id("dateOfBirthYear")).sendKeys("2015");
        browser.driver.findElement(By.id("nhsNumber")).sendKeys("1234567890");
        browser.submit(By.cssSelector("form button.govuk-button"));
        String summary = browser.driver.findElement(By.className("govuk-error-summary")).getText();
        assertThat(summary).contains("Date of birth must be a real date", "Enter their last name",
                "Enter a valid NHS number");
        assertThat(browser.driver.findElement(By.id("forenames")).getAttribute("value")).isEqualTo("Mia");
        assertThat(browser.driver.findElement(By.id("nhsNumber")).getAttribute("value")).isEqualTo("1234567890");
        checkAccessible("person-form-errors");
    }

    @Test
    void aUserWithNoRelationshipToTheChildSeesTheNoAccessPage() throws Exception {
        signIn(Role.MASH_PRACTITIONER);
        open("/children/" + child);
        assertThat(browser.driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("You do not have access to this record");
        checkAccessible("no-access");
    }

    @Test
    void aPerformanceOfficerSeesFiguresWithAChartAndTableButNoCaseFile() throws Exception {
        signIn(Role.PERFORMANCE_OFFICER);
        open("/figures");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Caseload figures");
        assertThat(browser.driver.findElements(By.cssSelector("svg rect"))).isNotEmpty();
        checkAccessible("figures");
        clocks.start(child, hearth.timeliness.ClockKind.STRATEGY_DISCUSSION, hearth.timeliness.ClockSubject.enquiry(new EnquiryId(UUID.randomUUID())),
                java.time.Instant.now().minus(java.time.Duration.ofDays(30)));
        open("/figures/timeliness");
        assertThat(browser.shows("Timeliness of statutory steps", "Strategy discussions without police or health"))
                .isTrue();
        assertThat(browser.driver.findElements(By.cssSelector("svg rect"))).isNotEmpty();
        checkAccessible("figures-timeliness");
        open("/children/" + child);
        assertThat(browser.driver.getPageSource()).doesNotContain("Amira");
    }

    private void signIn(Role role) {
        signIn(council.user(role));
    }
}

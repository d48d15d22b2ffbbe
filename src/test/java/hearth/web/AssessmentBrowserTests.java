package hearth.web;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.platform.PersonId;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/**
 * An assessment in the browser: the social worker starts, drafts and submits it (first
 * refused while incomplete), the team manager authorises it; and the neglect tool completed
 * twice shows its chart and trend. Every page passes axe-core.
 */
@HearthTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentBrowserTests extends BrowserJourney {


    FixtureCouncil.Council council;
    PersonId child;

    @BeforeAll
    void start() throws Exception {
        council = fixtures.create();
        child = fixtures.allocatedChild(council);
    }

    @Test
    void theWorkerSubmitsAnAssessmentAndTheManagerAuthorisesIt() throws Exception {
        signIn(council.user(Role.SOCIAL_WORKER));
        open("/children/" + child);
        browser.submit(By.linkText("Assessments"));
        checkAccessible("assessments-none");
        date("referredOn", LocalDate.now().minusDays(7));
        browser.submit(By.cssSelector("form[action$='/assessments'] button"));
        assertThat(browser.shows("Child and family assessment", "Due by (45 working days)")).isTrue();
        checkAccessible("assessment-new");

        browser.driver.findElement(By.id("seenBy")).sendKeys("Sam Worker");
        date("seenOn", LocalDate.now().minusDays(2));
        browser.driver.findElement(By.cssSelector("input[name=seenAlone][value=false]")).click();
        browser.driver.findElement(By.id("livedExperience")).sendKeys("Gets herself ready for school most days.");
        browser.submit(By.cssSelector("button[value=submit]"));
        assertThat(browser.shows("There is a problem", "Explain why the child was not seen alone",
                "Record what the child said, in their own words")).isTrue();
        checkAccessible("assessment-errors");

        browser.driver.findElement(By.id("notAloneReason")).sendKeys("Mother would not leave the room.");
        browser.driver.findElement(By.id("childWords")).sendKeys("I hide under the duvet when they shout.");
        browser.driver.findElement(By.id("history-0")).click();
        browser.driver.findElement(By.id("impact")).sendKeys("Tired and withdrawn at school.");
        browser.driver.findElement(By.cssSelector("input[name=outcome][value=CHILD_IN_NEED_PLAN]")).click();
        browser.submit(By.cssSelector("button[value=save]"));
        assertThat(savedBanner()).isEqualTo("Assessment draft saved");
        browser.submit(By.cssSelector("button[value=submit]"));
        assertThat(savedBanner()).isEqualTo("Assessment submitted for a manager to authorise");
        assertThat(browser.shows("I hide under the duvet when they shout.")).isTrue();
        checkAccessible("assessment-submitted");

        signIn(council.user(Role.TEAM_MANAGER));
        open("/children/" + child + "/assessments");
        browser.submit(By.linkText(browser.driver.findElement(By.cssSelector("td a")).getText()));
        checkAccessible("assessment-manager");
        browser.submit(By.cssSelector("form[action$='/authorisation'] button"));
        assertThat(savedBanner()).isEqualTo("Assessment authorised");
        assertThat(browser.shows("Child in need plan")).isTrue();
        checkAccessible("assessment-authorised");
        open("/children/" + child + "/plans");
        assertThat(browser.shows("Child in need planning meeting")).isTrue();
    }

    @Test
    void theNeglectToolCompletedTwiceShowsItsChartAndTrend() throws Exception {
        StaffMember worker = council.user(Role.SOCIAL_WORKER);
        signIn(worker);
        open("/children/" + child + "/neglect-tool");
        checkAccessible("neglect-tool-empty");
        complete(LocalDate.now().minusMonths(2), "Mother", 3, 4);
        assertThat(savedBanner()).isEqualTo("Neglect tool completion recorded");
        assertThat(browser.shows("A trend shows once")).isTrue();
        complete(LocalDate.now(), "Mother and grandmother", 0, 3);
        assertThat(browser.shows("Better", "Line chart of each domain")).isTrue();
        assertThat(browser.driver.findElement(By.cssSelector("#results tbody tr")).getText())
                .as("the completion just recorded comes first").contains("Mother and grandmother");
        checkAccessible("neglect-tool-trend");
    }

    /** Grades every item from {@code best} to {@code worst}, varying across items (indexes are grade - 1). */
    private void complete(LocalDate on, String who, int best, int worst) {
        date("completedOn", on);
        browser.driver.findElement(By.id("tookPart")).sendKeys(who);
        int item = 0;
        for (var radios : browser.driver.findElements(By.cssSelector(".govuk-radios"))) {
            radios.findElements(By.cssSelector("input")).get(best + item++ % (worst - best + 1)).click();
        }
        browser.submit(By.cssSelector("form[action$='/neglect-tool'] button"));
    }
}

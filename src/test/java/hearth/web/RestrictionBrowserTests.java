package hearth.web;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.platform.PersonId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/**
 * A team manager restricts a child's record to themselves and the worker, the head of service
 * then cannot open it, and the manager lifts it again; each page, errors included, passes axe-core.
 */
@HearthTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestrictionBrowserTests extends BrowserJourney {

    FixtureCouncil.Council council;
    PersonId child;

    @BeforeAll
    void start() {
        council = fixtures.create();
        child = fixtures.allocatedChild(council);
    }

    @Test
    void aManagerRestrictsARecordToNamedPeopleAndLiftsItWithAReason() throws Exception {
        StaffMember worker = council.user(Role.SOCIAL_WORKER);
        signIn(council.user(Role.TEAM_MANAGER));
        open("/children/" + child);
        browser.driver.findElement(By.linkText("Restrict this record")).click();
        assertThat(heading()).isEqualTo("Restrict this record");
        checkAccessible("restriction-new");

        browser.submit(By.xpath("//button[text()='Restrict the record']"));
        assertThat(browser.driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Enter the reason");
        checkAccessible("restriction-errors");

        browser.driver.findElement(By.cssSelector("input[name=named][value='" + worker.id() + "']")).click();
        type("reason", "The child is a relative of a member of staff");
        browser.submit(By.xpath("//button[text()='Restrict the record']"));
        assertThat(heading()).isEqualTo("Who may see this record");
        assertThat(savedBanner()).isEqualTo("The record is restricted to the people named");
        assertThat(browser.driver.findElement(By.cssSelector(".govuk-summary-list")).getText())
                .contains(worker.displayName(), council.user(Role.TEAM_MANAGER).displayName());
        checkAccessible("restriction-named");

        signIn(council.user(Role.HEAD_OF_SERVICE));
        open("/children/" + child);
        assertThat(heading()).isEqualTo("You do not have access to this record");

        signIn(council.user(Role.TEAM_MANAGER));
        open("/children/" + child + "/restriction");
        browser.submit(By.xpath("//button[text()='Lift the restriction']"));
        assertThat(browser.driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Enter why the restriction can be lifted");
        checkAccessible("restriction-lift-errors");
        type("liftReason", "The member of staff has left the council");
        browser.submit(By.xpath("//button[text()='Lift the restriction']"));
        assertThat(browser.driver.getCurrentUrl()).endsWith("/children/" + child);
        assertThat(savedBanner()).isEqualTo("The restriction has been lifted");
        checkAccessible("restriction-lifted");
        assertThat(browser.driver.findElement(By.id("main-content")).getText())
                .doesNotContain("This is a restricted record");
    }

    private String heading() {
        return browser.driver.findElement(By.tagName("h1")).getText();
    }
}

package hearth.web;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import hearth.platform.PersonId;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/**
 * A manager records supervision whose actions come back at the next one, gives a direction,
 * and reads the team's case record quality; a worker records repeated non-engagement and
 * the case file prompts escalation. Every page passes axe-core.
 */
@HearthTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OversightBrowserTests extends BrowserJourney {


    FixtureCouncil.Council council;
    PersonId child;

    @BeforeAll
    void start() throws Exception {
        council = fixtures.create();
        child = fixtures.allocatedChild(council);
    }

    @Test
    void supervisionActionsComeBackAndTheTeamQualityListShowsWhatIsMissing() throws Exception {
        signIn(council.user(Role.TEAM_MANAGER));
        open("/children/" + child + "/supervision");
        checkAccessible("supervision");
        date("heldOn", LocalDate.now().minusDays(14));
        type("childWouldSay", "I want Dad to come home but not the shouting");
        type("decisions", "Continue the plan; ask for a parenting assessment");
        type("action1", "See Amira alone at school");
        type("action1Owner", "Social worker");
        date("action1Due", LocalDate.now().minusDays(7));
        browser.submit(By.cssSelector("form[action$='/supervision'] button:last-of-type"));
        assertThat(browser.shows("See Amira alone at school (Social worker, due")).isTrue();

        date("heldOn", LocalDate.now());
        type("childWouldSay", "Happier at school");
        type("decisions", "Step down at the next review if visits stay positive");
        browser.submit(By.cssSelector("form[action$='/supervision'] button:last-of-type"));
        assertThat(browser.shows("Say whether this action from the last supervision was done")).isTrue();
        checkAccessible("supervision-errors");
        browser.driver.findElement(By.cssSelector("input[name^=check-][value=yes]")).click();
        browser.submit(By.cssSelector("form[action$='/supervision'] button:last-of-type"));
        assertThat(browser.shows("1 done, 0 not done")).isTrue();

        open("/children/" + child + "/oversight");
        date("recordedOn", LocalDate.now());
        type("direction", "Hold a core group before the review");
        browser.submit(By.cssSelector("form[action$='/oversight'] button"));
        assertThat(browser.shows("Hold a core group before the review")).isTrue();
        checkAccessible("oversight");

        open("/supervision?worker=" + council.user(Role.SOCIAL_WORKER).id());
        assertThat(browser.shows("Supervision record", "Step down at the next review")).isTrue();
        checkAccessible("worker-supervision");
        open("/children/" + child + "/quality");
        checkAccessible("case-quality");
        open("/team/quality");
        assertThat(browser.shows("Case record quality across the team")).isTrue();
        assertThat(browser.driver.findElements(By.cssSelector("svg rect"))).isNotEmpty();
        checkAccessible("team-quality");
    }

    @Test
    void repeatedNonEngagementPromptsEscalationOnTheCaseFile() throws Exception {
        PersonId another = fixtures.allocatedChild(council);
        signIn(council.user(Role.SOCIAL_WORKER));
        for (int i = 1; i <= 3; i++) {
            open("/children/" + another + "/engagement");
            browser.driver.findElement(By.cssSelector("input[name=kind][value=MISSED_APPOINTMENT]")).click();
            type("who", "Mother");
            date("occurredOn", LocalDate.now().minusDays(i * 7L));
            browser.submit(By.cssSelector("form[action$='/engagement'] button"));
        }
        assertThat(browser.shows("consider escalation")).isTrue();
        checkAccessible("engagement");
        open("/children/" + another);
        assertThat(browser.shows("Repeated non-engagement", "consider escalation")).isTrue();
        checkAccessible("case-file-escalation");
    }
}

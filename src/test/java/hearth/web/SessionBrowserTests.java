package hearth.web;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import hearth.platform.PersonId;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The session's time-out warning in the browser: work saved by autosave counts as activity. */
@HearthTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionBrowserTests extends BrowserJourney {

    @Test
    void anAutosavedDraftStartsTheTimeOutWarningsCountAgain() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        PersonId child = fixtures.allocatedChild(council);
        signIn(council.user(Role.SOCIAL_WORKER));
        open("/children/" + child + "/visits");
        long endsAtFirst = sessionEndsAt();
        // So that a count started again ends measurably later: wait until the browser's own clock has moved on.
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return Date.now() >= arguments[0]", endsAtFirst - timeoutMillis() + 1_500));
        browser.driver.findElement(By.id("childWords")).sendKeys("I like the new park");
        assertThat(browser.shows("Draft saved at")).as("autosaved").isTrue();
        assertThat(sessionEndsAt()).isGreaterThanOrEqualTo(endsAtFirst + 1_500);
    }

    private long timeoutMillis() {
        Object seconds = ((JavascriptExecutor) browser.driver).executeScript("return document.body.dataset.sessionTimeout");
        return Long.parseLong(seconds.toString()) * 1000;
    }

    /** The page's script is a deferred module: wait for it to start the count before reading it. */
    private long sessionEndsAt() {
        Object endsAt = new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> ((JavascriptExecutor) d)
                .executeScript("return document.body.dataset.sessionEndsAt"));
        assertThat(endsAt).as("the page counts down to the session's end").isNotNull();
        return Long.parseLong(endsAt.toString());
    }
}

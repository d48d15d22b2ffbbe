package hearth.web;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import java.time.Duration;
import java.util.UUID;
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
        UUID child = fixtures.allocatedChild(council);
        signIn(council.user(Role.SOCIAL_WORKER));
        open("/children/" + child + "/visits");
        long endsAtFirst = sessionEndsAt();
        Thread.sleep(1_500); // so that a count started again ends measurably later
        browser.driver.findElement(By.id("childWords")).sendKeys("I like the new park");
        assertThat(browser.shows("Draft saved at")).as("autosaved").isTrue();
        assertThat(sessionEndsAt()).isGreaterThanOrEqualTo(endsAtFirst + 1_500);
    }

    /** The page's script is a deferred module: wait for it to start the count before reading it. */
    private long sessionEndsAt() {
        Object endsAt = new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> ((JavascriptExecutor) d)
                .executeScript("return document.body.dataset.sessionEndsAt"));
        assertThat(endsAt).as("the page counts down to the session's end").isNotNull();
        return Long.parseLong(endsAt.toString());
    }
}

package hearth.web;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.FixtureCouncil;
import hearth.access.StaffMember;
import hearth.platform.London;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser journey does: one headless Chromium per class, signing in as a
 * fixture user, typing into GOV.UK fields, and a screenshot and axe-core check of each page.
 * Subclasses are {@code @HearthTest} with a per-class lifecycle.
 */
abstract class BrowserJourney {

    @LocalServerPort int port;
    @Autowired FixtureCouncil fixtures;
    Browser browser;

    @BeforeAll
    void openBrowser() throws Exception {
        browser = new Browser();
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    void signIn(StaffMember member) {
        signIn(member.username());
    }

    void signIn(String username) {
        browser.driver.manage().deleteAllCookies();
        open("/sign-in");
        type("username", username);
        type("password", FixtureCouncil.PASSWORD);
        browser.submit(By.cssSelector("button[type=submit]"));
        browser.waitUntilSignedIn();
    }

    void open(String path) {
        browser.driver.get("http://localhost:" + port + path);
    }

    void type(String id, String text) {
        WebElement field = browser.driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void date(String field, LocalDate day) {
        type(field + "Day", String.valueOf(day.getDayOfMonth()));
        type(field + "Month", String.valueOf(day.getMonthValue()));
        type(field + "Year", String.valueOf(day.getYear()));
    }

    /**
     * Types a date and time a few minutes ago on the council's clock, so a meeting "held today"
     * is never in the future, whatever time of day (midnight included) the test runs.
     */
    void heldJustNow(String dateField, String timeField) {
        LocalDateTime held = LocalDateTime.now(London.ZONE).minusMinutes(10);
        date(dateField, held.toLocalDate());
        type(timeField, held.format(DateTimeFormatter.ofPattern("HH:mm")));
    }

    /** What the success banner a save leaves (platform.Saved) says, without its "Go to it" link. */
    String savedBanner() {
        return browser.driver.findElement(By.cssSelector(".govuk-notification-banner--success "
                + ".govuk-notification-banner__heading span")).getText();
    }

    void checkAccessible(String page) throws Exception {
        browser.screenshot(page);
        assertThat(browser.accessibilityViolations()).as("axe-core violations on " + page).isEmpty();
    }
}

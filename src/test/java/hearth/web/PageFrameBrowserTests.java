package hearth.web;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import hearth.casework.CaseAlerts;
import hearth.platform.PersonId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The frame around every page, as a worker meets it in Chromium: GOV.UK Frontend's
 * JavaScript starts, a case file page names its child, a refused form says so in the title
 * and takes focus to its error summary, and a save confirms itself with a link to the entry.
 */
@HearthTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageFrameBrowserTests extends BrowserJourney {

    @Autowired CaseAlerts alerts;

    FixtureCouncil.Council council;
    PersonId child;
    String name;

    @BeforeAll
    void start() {
        council = fixtures.create();
        child = fixtures.allocatedChild(council);
        name = "Amira Fixture" + council.tag();
        alerts.raise(child, "CP_PLAN", "Subject of a child protection plan", LocalDate.of(2026, 3, 2));
    }

    @Test
    void aVisitPageNamesTheChildAndASavedVisitIsConfirmedWithALinkToIt() throws Exception {
        signIn(council.user(Role.SOCIAL_WORKER));
        open("/children/" + child + "/visits");
        assertThat(browser.driver.getTitle()).isEqualTo("Visits – " + name + " – Hearth");
        assertThat(browser.driver.findElement(By.cssSelector("main .govuk-caption-l")).getText()).isEqualTo(name);
        assertThat(browser.driver.findElement(By.tagName("body")).getAttribute("class"))
                .contains("js-enabled", "govuk-frontend-supported");
        assertThat(browser.driver.findElement(By.className("govuk-skip-link")).getAttribute("data-govuk-skip-link-init"))
                .as("GOV.UK Frontend started the skip link").isNotNull();

        date("visitedOn", LocalDate.now().minusDays(1));
        browser.driver.findElement(By.id("visitType-0")).click();
        browser.driver.findElement(By.id("place-0")).click();
        browser.driver.findElement(By.id("childSeen-0")).click();
        browser.driver.findElement(By.id("seenAlone-0")).click();
        type("childWords", "I like my new school");
        browser.submit(By.cssSelector("button[value=record]"));

        WebElement banner = browser.driver.findElement(By.cssSelector(".govuk-notification-banner--success"));
        assertThat(banner.getAttribute("role")).isEqualTo("alert");
        assertThat(banner.getText()).contains("Visit recorded");
        String anchor = banner.findElement(By.tagName("a")).getAttribute("href").replaceFirst(".*#", "");
        assertThat(browser.driver.findElement(By.id(anchor)).getText()).contains("I like my new school");
        checkAccessible("visit-saved");

        open("/children/" + child + "/visits");
        assertThat(browser.driver.findElements(By.cssSelector(".govuk-notification-banner--success")))
                .as("the confirmation is shown once").isEmpty();
    }

    @Test
    void aRefusedFormSaysErrorInTheTitleAndItsSummaryTakesFocusAndLeadsToEachField() throws Exception {
        signIn(council.user(Role.SOCIAL_WORKER));
        open("/children/" + child + "/visits");
        browser.submit(By.cssSelector("button[value=record]"));

        assertThat(browser.driver.getTitle()).isEqualTo("Error: Visits – " + name + " – Hearth");
        WebElement summary = browser.driver.findElement(By.cssSelector("main > :first-child .govuk-error-summary"));
        assertThat(summary.getText()).contains("Enter the date of the visit", "Select whether the child was seen");
        assertThat(activeElement().getAttribute("class")).contains("govuk-error-summary");
        assertThat(browser.driver.findElement(By.cssSelector("#visitedOn")).findElement(By.xpath("ancestor::fieldset"))
                .getAttribute("aria-describedby").split(" ")).contains("visitedOn-hint", "visitedOn-error");
        checkAccessible("visit-errors");

        List<String> targets = summary.findElements(By.tagName("a")).stream()
                .map(a -> a.getAttribute("href").replaceFirst(".*#", "")).toList();
        assertThat(targets).contains("visitedOn", "childSeen");
        for (String target : targets) {
            summary.findElement(By.cssSelector("a[href$='#" + target + "']")).click();
            assertThat(activeElement().getAttribute("id")).as("focus after following " + target).isEqualTo(target);
        }
    }

    @Test
    void theCaseFilesAlertsAreInArialNotTheBrowsersSerif() throws Exception {
        signIn(council.user(Role.SOCIAL_WORKER));
        open("/children/" + child);
        WebElement alert = browser.driver.findElement(By.className("hearth-alert"));
        assertThat(alert.getText()).contains("Subject of a child protection plan");
        assertThat(alert.getCssValue("font-family")).startsWith("arial");
        checkAccessible("case-file-alert");
    }

    /**
     * GDS Transport is only for GOV.UK domains: body text, headings, buttons and banners are in
     * its documented fallback, and no page asks for a font file, even where the browser has no
     * Arial of its own (GOV.UK Frontend's stylesheet still declares its face, for no element).
     */
    @Test
    void bodyTextHeadingsAndButtonsAreInArialAndNoFontFileIsFetched() {
        signIn(council.user(Role.SOCIAL_WORKER));
        open("/children/" + child + "/visits");
        browser.submit(By.cssSelector("button[value=record]"));
        for (String selector : List.of(".govuk-body", "h1.govuk-heading-l", ".govuk-button", ".govuk-error-summary",
                ".govuk-label", ".govuk-service-navigation__link", ".govuk-phase-banner__content", ".govuk-footer")) {
            assertThat(browser.driver.findElement(By.cssSelector(selector)).getCssValue("font-family"))
                    .as("font of " + selector).startsWith("arial");
        }
        assertThat(fontFilesFetched()).as("font files fetched").isEmpty();
    }

    @Test
    void aSavedEntrysNotificationBannerIsInArial() {
        signIn(council.user(Role.SOCIAL_WORKER));
        open("/children/" + child + "/visits");
        date("visitedOn", LocalDate.now().minusDays(2));
        browser.driver.findElement(By.id("visitType-0")).click();
        browser.driver.findElement(By.id("place-0")).click();
        browser.driver.findElement(By.id("childSeen-0")).click();
        browser.driver.findElement(By.id("seenAlone-0")).click();
        type("childWords", "Fine");
        browser.submit(By.cssSelector("button[value=record]"));
        for (String selector : List.of(".govuk-notification-banner", ".govuk-notification-banner__heading")) {
            assertThat(browser.driver.findElement(By.cssSelector(selector)).getCssValue("font-family"))
                    .as("font of " + selector).startsWith("arial");
        }
        assertThat(fontFilesFetched()).as("font files fetched").isEmpty();
    }

    /** Every .woff or .woff2 the page fetched, once the page's fonts have finished loading. */
    private List<?> fontFilesFetched() {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(d -> "loaded".equals(script("return document.fonts.status")));
        return (List<?>) script("return performance.getEntriesByType('resource').map(r => r.name)"
                + ".filter(n => /[.]woff2?([?]|$)/.test(n))");
    }

    @Test
    void aPerformanceOfficerLookingForAPersonIsPointedToTheFigures() throws Exception {
        signIn(council.user(Role.PERFORMANCE_OFFICER));
        open("/people/search?name=Amira");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("Performance officers see figures, not people's records");
        assertThat(browser.driver.findElement(By.linkText("See the figures")).getAttribute("href")).endsWith("/figures");
        checkAccessible("figures-not-people");
    }

    @Test
    void aStrangerOnTheSignInPageGetsHearthsStylesheetAndScriptAndEveryFileTheyAskFor() {
        browser.driver.manage().deleteAllCookies();
        open("/sign-in");
        // A stylesheet answered with the sign-in page instead is refused, and its rules cannot be read.
        assertThat(script("const sheet = [...document.styleSheets].find(s => s.href.endsWith('/hearth/hearth.css'));"
                + "try { return sheet.cssRules.length } catch (refused) { return 0 }"))
                .as("rules read from hearth.css").isNotEqualTo(0L);
        assertThat(browser.driver.findElement(By.className("govuk-skip-link")).getAttribute("data-govuk-skip-link-init"))
                .as("hearth.js ran and started GOV.UK Frontend").isNotNull();
        assertThat(script("return performance.getEntriesByType('resource')"
                + ".filter(r => r.responseStatus !== 200).map(r => r.name + ' ' + r.responseStatus)"))
                .as("files that did not answer 200").isEqualTo(List.of());
    }

    private Object script(String javascript) {
        return ((JavascriptExecutor) browser.driver).executeScript(javascript);
    }

    private WebElement activeElement() {
        return (WebElement) script("return document.activeElement");
    }
}

package hearth.web;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The performance officer's returns and figures pages in Chromium, a refused form included: no axe-core violations. */
@HearthTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnershipPagesBrowserTests extends BrowserJourney {

    FixtureCouncil.Council council;

    @BeforeAll
    void start() {
        council = fixtures.create();
    }

    @Test
    void thePerformanceOfficerReachesTheListsTheFiguresAndThePopulation() throws Exception {
        signIn(council.user(Role.PERFORMANCE_OFFICER));
        browser.driver.findElement(By.linkText("Ofsted's lists (Annex A)")).click();
        checkAccessible("annex-a");
        date("from", LocalDate.of(2026, 3, 31));
        date("to", LocalDate.of(2026, 3, 1));
        browser.driver.findElement(By.cssSelector("form button.govuk-button")).click();
        assertThat(browser.driver.findElement(By.className("govuk-error-summary")).getText())
                .contains("The last day must be the same as or after the first day");
        checkAccessible("annex-a-refused");

        open("/insight/neglect");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Prevalence of neglect");
        checkAccessible("insight-neglect");
        browser.driver.findElement(By.cssSelector("a[href*='/insight/neglect/children']")).click();
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).startsWith("Children with neglect");
        checkAccessible("insight-neglect-children");
        open("/insight/sources");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Contacts and referrals by source");
        checkAccessible("insight-sources");
        open("/insight/timeliness");
        checkAccessible("insight-timeliness");
        browser.driver.findElement(By.linkText("List the overdue steps and their children")).click();
        checkAccessible("insight-timeliness-children");
        open("/insight/timeliness");
        browser.driver.findElement(By.cssSelector("a[href*='/insight/timeliness/children'][href*='figure=late']"))
                .click();
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).startsWith("Steps met late");
        checkAccessible("insight-timeliness-late-children");
        open("/insight/workforce");
        checkAccessible("insight-workforce");
        browser.driver.findElement(By.linkText("List those not supervised")).click();
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).startsWith("Children not supervised");
        checkAccessible("insight-workforce-children");
        open("/insight/help");
        checkAccessible("insight-help");
        browser.driver.findElement(By.cssSelector("a[href*='/insight/help/children?figure=not-progressing']")).click();
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Plan outcomes not progressing");
        checkAccessible("insight-help-outcomes-children");
        open("/insight/thresholds");
        checkAccessible("insight-thresholds");
        open("/insight/population");
        checkAccessible("insight-population");
    }

    @Test
    void thePerformanceOfficerChecksTheCensusAndReadsTheFindings() throws Exception {
        signIn(council.user(Role.PERFORMANCE_OFFICER));
        browser.driver.findElement(By.linkText("Children in Need census: check and export")).click();
        checkAccessible("census");
        browser.submit(By.xpath("//button[text()='Check the records']"));
        assertThat(browser.driver.getCurrentUrl()).contains("/returns/jobs/");
        // The page refreshes itself; reloading it here only saves waiting for the next refresh.
        new WebDriverWait(browser.driver, Duration.ofMinutes(2)).until(driver -> {
            driver.navigate().refresh();
            return driver.getPageSource().contains("Ended ");
        });
        assertThat(browser.driver.findElement(By.cssSelector("main .govuk-tag")).getText()).isEqualTo("Finished");
        checkAccessible("census-check-finished");

        open("/returns/census/upload");
        browser.submit(By.xpath("//button[text()='Check the file']"));
        assertThat(browser.driver.findElement(By.className("govuk-error-summary")).getText())
                .contains("Choose a census file");
        checkAccessible("census-upload-refused");
    }
}

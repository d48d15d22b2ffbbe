package hearth.web;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven by Selenium, with axe-core checks against WCAG 2.2
 * A and AA. Never downloads a browser: both binaries come from apt.
 */
final class Browser implements AutoCloseable {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    final WebDriver driver;
    private final ChromeDriverService service;

    Browser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("hearth-chromium"));
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // A form's redirect can still be arriving when the next element is looked for.
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    /** Waits for the sign-in form's redirect to finish, so the next page is not opened without a session. */
    void waitUntilSignedIn() {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> !d.getCurrentUrl().contains("/sign-in"));
    }

    /** Clicks a button that submits a form (or a link) and waits until the next page has replaced this one. */
    void submit(org.openqa.selenium.By button) {
        org.openqa.selenium.WebElement page = driver.findElement(org.openqa.selenium.By.tagName("html"));
        driver.findElement(button).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
    }

    /**
     * Waits (up to 10 seconds) for the page to show all these texts: after a click, the next
     * page may still be on its way. Returns whether it did.
     */
    boolean shows(String... texts) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> java.util.Arrays.stream(texts).allMatch(t -> d.getPageSource().contains(t)));
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    /** Fails with the list of violations, if axe finds any on the current page. */
    String accessibilityViolations() {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        return results.getViolations().stream().filter(rule -> !rule.getNodes().stream().allMatch(node ->
                        knownConditionalReveal(rule, node)))
                .map(Browser::describe).collect(Collectors.joining("\n"));
    }

    /**
     * GOV.UK Frontend marks a radio that reveals a question with aria-expanded, which ARIA does
     * not allow on a radio. GOV.UK keeps it on purpose, as screen readers announce it (a known
     * issue of govuk-frontend, alphagov/govuk-frontend#979), so that finding alone is not counted.
     */
    private static boolean knownConditionalReveal(Rule rule, CheckedNode node) {
        String html = node.getHtml();
        return "aria-allowed-attr".equals(rule.getId()) && html.contains("type=\"radio\"")
                && html.contains("aria-controls=\"conditional-") && html.contains("aria-expanded=");
    }

    void screenshot(String name) throws Exception {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private static String describe(Rule rule) {
        return rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream()
                .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        driver.quit();
        service.stop();
    }
}

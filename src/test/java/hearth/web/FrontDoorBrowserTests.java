package hearth.web;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import hearth.access.Staff;
import hearth.access.StaffMember;
import hearth.chronology.Chronology;
import hearth.platform.PersonId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A school submits a referral, the hub screens and decides it, a hub manager authorises,
 * and the school sees the outcome; no page on the way has an axe-core violation.
 */
@HearthTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrontDoorBrowserTests extends BrowserJourney {

    @Autowired Staff staff;
    @Autowired Chronology chronology;

    FixtureCouncil.Council council;
    PersonId child;
    StaffMember school;

    @BeforeAll
    void start() throws Exception {
        council = fixtures.create();
        child = fixtures.allocatedChild(council);
        school = staff.createUser(new Staff.NewUser("dsl." + council.tag(), "Dee Lead", Role.PARTNER_REFERRER, null,
                "Oakfield Primary " + council.tag(), FixtureCouncil.PASSWORD));
    }

    @Test
    void aSchoolsReferralIsScreenedDecidedAuthorisedAndItsOutcomeReachesTheSchool() throws Exception {
        signIn(school.username());
        open("/referrals/new");
        checkAccessible("referral-form");
        type("child0Forenames", "Amira");
        type("child0Surname", "Fixture" + council.tag());
        type("worry", "Amira came to school hungry three days this week and said there was no food at home.");
        browser.submit(By.cssSelector("button[value=draft]"));
        assertThat(savedBanner()).isEqualTo("Your draft referral is saved. Nothing has been sent yet");
        assertThat(browser.driver.findElement(By.id("worry")).getText()).startsWith("Amira came to school hungry");
        type("child0DobYear", String.valueOf(java.time.LocalDate.now().minusYears(7).getYear()));
        browser.submit(By.cssSelector("button[value=submit]"));
        assertThat(errorSummary()).contains("Date of birth must include a day, month and year",
                "Select how urgent this is", "Select whether the family consented");
        checkAccessible("referral-form-errors");
        type("child0DobDay", String.valueOf(java.time.LocalDate.now().getDayOfMonth()));
        type("child0DobMonth", String.valueOf(java.time.LocalDate.now().getMonthValue()));
        click("input[name=urgency][value=STANDARD]");
        click("input[name=consent][value=GIVEN]");
        type("referrerPhone", "01632 960123");
        browser.submit(By.cssSelector("button[value=submit]"));
        assertThat(savedBanner()).isEqualTo("Referral sent to the front door");
        checkAccessible("referral-sent");
        String referral = browser.driver.getCurrentUrl();

        signIn(council.user(Role.MASH_PRACTITIONER).username());
        open("/front-door?channel=ONLINE_FORM");
        checkAccessible("front-door-queue");
        browser.driver.findElement(By.linkText("Amira Fixture" + council.tag())).click();
        String contactPage = browser.driver.getCurrentUrl();
        checkAccessible("contact-screening");
        browser.submit(By.cssSelector("form[action$='/assign'] button"));
        click("input[name=agencies][value=SCHOOL]");
        type("question", "Attendance and any concerns this term?");
        browser.submit(By.cssSelector("form[action$='/requests'] button"));
        assertThat(savedBanner()).isEqualTo("Request for information sent to School");
        type(browser.driver.findElement(By.cssSelector("textarea[name=response]")).getAttribute("id"),
                "Attendance 91%; hungry most mornings.");
        browser.submit(By.cssSelector("form[action$='/response'] button"));
        assertThat(savedBanner()).isEqualTo("Answer recorded");
        assertThat(browser.shows("hungry most mornings")).isTrue();
        click("input[name=agencies][value=POLICE]");
        click("input[name=agencies][value=HEALTH]");
        type("question", "Anything known about the household?");
        browser.submit(By.cssSelector("form[action$='/requests'] button"));
        assertThat(savedBanner()).startsWith("Requests for information sent to ").contains("Police", " and ", "Health");
        assertThat(browser.driver.findElement(By.cssSelector("#information ~ table tbody tr")).getText())
                .as("the requests just sent come first").contains("Anything known about the household?");
        assertThat(browser.driver.findElement(By.className("govuk-notification-banner__link")).getAttribute("href"))
                .as("the banner links to the first of them").endsWith("#" + browser.driver.findElement(
                        By.cssSelector("#information ~ table tbody tr")).getAttribute("id"));
        checkAccessible("contact-requests-sent");
        click("input[name=personId][value='" + child + "']");
        browser.submit(By.cssSelector("form[action$='/match'] button"));
        assertThat(browser.shows("open the case file")).isTrue();
        click("input[name=thresholdLevel][value='2']");
        type("rationale", "Neglect concerns at level 2; family open to support from the school and early help.");
        click("input[name=outcome][value=EARLY_HELP]");
        browser.submit(By.cssSelector("form[action$='/decide'] button"));
        assertThat(savedBanner()).isEqualTo("Threshold decision recorded");
        assertThat(browser.shows("Waiting for a hub manager")).isTrue();

        signIn(council.user(Role.MASH_MANAGER).username());
        browser.driver.get(contactPage);
        browser.driver.findElement(By.cssSelector("details.govuk-details summary")).click();
        browser.submit(By.cssSelector("form[action$='/authorise-changed'] button"));
        assertThat(browser.driver.findElement(By.className("govuk-error-summary")).getText())
                .contains("Say why you changed the decision");
        checkAccessible("contact-change-refused");
        browser.submit(By.cssSelector("form[action$='/authorise'] button"));
        assertThat(savedBanner()).isEqualTo("Decision authorised; the referrer can now see the outcome");
        checkAccessible("contact-authorised");

        signIn(school.username());
        browser.driver.get(referral);
        assertThat(browser.driver.findElement(By.id("outcome")).getText()).isEqualTo("Early help");
        open("/referrals");
        checkAccessible("referrals");
        assertThat(chronology.entries(child, Chronology.Filter.all())).extracting(Chronology.Entry::type)
                .contains("Contact received", "Front door decision");
    }

    @Test
    void aPoliceFileLandsItsChildIsMatchedAndTheNotificationIsTriaged() throws Exception {
        java.time.LocalDate born = java.time.LocalDate.now().minusYears(9);
        PersonId bea = fixtures.child(council, "Bea", "Police", born);
        String header = "notification_ref,force,incident_ref,incident_datetime,incident_type,location_postcode,"
                + "officer_risk_grading,dash_risk,summary,officer,person_role,surname,forenames,date_of_birth,sex,"
                + "address,postcode\n";
        String common = "Midshire Police " + council.tag() + ",INC-1,2026-11-20T23:40,domestic abuse,BK1 1AA,medium,"
                + "medium,\"Argument, child present.\",PC 1,";
        java.nio.file.Path file = java.nio.file.Files.createTempFile("notifications", ".csv");
        java.nio.file.Files.writeString(file, header
                + "PN-1," + common + "victim,Police" + council.tag() + ",Grace,1990-01-01,F,1 Test Road,BK1 1AA\n"
                + "PN-1," + common + "child,Police" + council.tag() + ",Bea," + born + ",F,1 Test Road,BK1 1AA\n"
                + "PN-1," + common + "child,Police" + council.tag() + ",Sam,2019-02-30,M,1 Test Road,BK1 1AA\n");
        signIn(council.user(Role.MASH_PRACTITIONER).username());
        open("/front-door/police-notifications");
        checkAccessible("police-upload");
        browser.driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.submit(By.cssSelector("form button.govuk-button"));
        assertThat(browser.driver.findElement(By.id("created")).getText()).isEqualTo("1");
        assertThat(browser.driver.findElement(By.id("rejected")).getText()).isEqualTo("1");
        assertThat(browser.shows("date of birth must be a real date")).isTrue();
        checkAccessible("police-upload-result");

        open("/front-door?channel=POLICE_NOTIFICATION");
        browser.driver.findElement(By.linkText("Bea Police" + council.tag())).click();
        assertThat(browser.shows("Likely match")).isTrue();
        click("input[name=personId][value='" + bea + "']");
        browser.submit(By.cssSelector("form[action$='/match'] button"));
        click("input[name=thresholdLevel][value='1']");
        type("rationale", "Single verbal argument, child asleep, no previous notifications: advice to mother.");
        click("input[name=outcome][value=NO_FURTHER_ACTION]");
        browser.submit(By.cssSelector("form[action$='/decide'] button"));
        assertThat(browser.shows("Waiting for a hub manager")).isTrue();
        checkAccessible("police-notification-decided");
    }

    @Test
    void partnersNeverSeeACaseFile() {
        signIn(school.username());
        open("/children/" + child);
        assertThat(browser.driver.getPageSource()).doesNotContain("Allocated worker");
    }

    private void click(String css) {
        browser.driver.findElement(By.cssSelector(css)).click();
    }

    private String errorSummary() {
        return browser.driver.findElement(By.className("govuk-error-summary")).getText();
    }
}

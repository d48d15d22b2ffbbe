package hearth.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.casework.CaseAlerts;
import hearth.childprotection.ChildProtection;
import hearth.childprotection.EnquiryId;
import hearth.frontdoor.ContactId;
import hearth.oversight.SupervisionRecord;
import hearth.oversight.Supervisions;
import hearth.planning.PlanEnd;
import hearth.planning.PlanId;
import hearth.planning.Plans;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import hearth.timeliness.ClockAlert;
import hearth.timeliness.ClockKind;
import hearth.timeliness.ClockSubject;
import hearth.timeliness.Clocks;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pages say things in words: a code as its label, a date as "19 November 2026", a count with
 * the right plural. Each test is one place a walk through the pages found a machine value.
 */
@HearthTest
class PlainWordsIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired FixtureCouncil fixtures;
    @Autowired UserDetailsService users;
    @Autowired ChildProtection childProtection;
    @Autowired CaseAlerts alerts;
    @Autowired ApplicationEventPublisher events;
    @Autowired Supervisions supervisions;
    @Autowired Plans plans;

    @Test
    void theChildProtectionPathwayNamesTheCategoryOfAbuse() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        PersonId child = fixtures.allocatedChild(council);
        EnquiryId enquiry = fixtures.enquiry(council, child);
        childProtection.recordInitialConference(enquiry, LocalDate.now(), council.user(Role.CHILD_PROTECTION_CHAIR).id(),
                "Mother, school, health visitor", "EMO", null, null, council.user(Role.SOCIAL_WORKER));

        assertThat(page(council, Role.SOCIAL_WORKER, "/children/" + child + "/child-protection"))
                .contains("child protection plan (Emotional abuse)").doesNotContain("(EMO)");
    }

    @Test
    void aClockAlertSaysItsDueDateInWords() {
        FixtureCouncil.Council council = fixtures.create();
        PersonId child = fixtures.allocatedChild(council);
        ZonedDateTime due = ZonedDateTime.of(2026, 11, 19, 17, 0, 0, 0, ZoneId.of("Europe/London"));
        events.publishEvent(new ClockAlert(child.value(), ClockKind.INITIAL_CONFERENCE, ClockSubject.child(child),
                due.toInstant(), Clocks.State.OVERDUE));

        assertThat(alerts.current(child)).extracting(CaseAlerts.Alert::text)
                .anySatisfy(text -> assertThat(text).endsWith("(due 19 November 2026)"));
    }

    @Test
    void anActionFromSupervisionOnTheCaseFileSaysItsDueDateInWords() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        PersonId child = fixtures.allocatedChild(council);
        StaffMember worker = council.user(Role.SOCIAL_WORKER);
        LocalDate due = LocalDate.now().plusDays(10);
        supervisions.record(child, new SupervisionRecord(worker.id(), LocalDate.now(), null, null, "Things are calmer",
                "Keep visiting", List.of(new SupervisionRecord.NewAction("Ask the school about attendance", "Sam", due)),
                Map.of()), council.user(Role.TEAM_MANAGER));

        assertThat(page(council, Role.SOCIAL_WORKER, "/children/" + child))
                .contains("Ask the school about attendance (Sam, due " + written(due) + ")");
    }

    @Test
    void oneOtherContactAboutTheFamilyIsOneContact() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        fixtures.referral(council);
        ContactId second = fixtures.referral(council);

        assertThat(page(council, Role.MASH_PRACTITIONER, "/front-door/contacts/" + second))
                .contains("1 other contact about this family").doesNotContain("1 other contacts");
    }

    @Test
    void aPlanEndingBeforeItStartedSaysTheStartInWords() {
        FixtureCouncil.Council council = fixtures.create();
        PersonId child = fixtures.allocatedChild(council);
        LocalDate started = LocalDate.now().minusDays(10);
        PlanId plan = plans.startChildInNeedPlan(child, started, council.user(Role.SOCIAL_WORKER));

        assertThatThrownBy(() -> plans.end(plan, 0, started.minusDays(1), PlanEnd.MOVED_AWAY,
                council.user(Role.SOCIAL_WORKER))).isInstanceOfSatisfying(InvalidInput.class, refused ->
                assertThat(refused.errors().get("endedOn")).contains("(" + written(started) + ")"));
    }

    /** "19 November 2026", written here rather than by the code under test. */
    private static String written(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
    }

    private String page(FixtureCouncil.Council council, Role role, String path) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(council.user(role).username()))))
                .andReturn().getResponse().getContentAsString();
    }
}

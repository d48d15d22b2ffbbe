package hearth.childprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.casework.CaseAlerts;
import hearth.chronology.Chronology;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import hearth.timeliness.ClockKind;
import hearth.timeliness.Clocks;
import hearth.timeliness.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@HearthTest
class ChildProtectionIntegrationTests {

    @Autowired FixtureCouncil fixtures;
    @Autowired ChildProtection childProtection;
    @Autowired Clocks clocks;
    @Autowired WorkingCalendar calendar;
    @Autowired Chronology chronology;
    @Autowired CaseAlerts alerts;
    @Autowired JdbcClient jdbc;

    /**
     * The figures' window starts at a fixed day before every date these tests record, not a
     * year before today: a window ending today would lose the 2026 dates from late 2027.
     */
    static final Instant FIGURES_FROM = london(2026, 1, 1, 0);

    PersonId child;
    StaffMember worker;
    UUID chair;

    @BeforeEach
    void council() {
        FixtureCouncil.Council council = fixtures.create();
        child = fixtures.allocatedChild(council);
        worker = council.user(Role.SOCIAL_WORKER);
        chair = council.user(Role.CHILD_PROTECTION_CHAIR).id();
    }

    @Test
    void theConferenceIsDueFifteenWorkingDaysAfterTheStrategyDiscussion() {
        Instant held = london(2026, 11, 2, 10);
        EnquiryId enquiry = startEnquiry(held, Set.of("SOCIAL_CARE", "POLICE", "HEALTH"));
        assertThat(clocks.dueAt(ClockKind.INITIAL_CONFERENCE, hearth.timeliness.ClockSubject.enquiry(enquiry)))
                .contains(calendar.workingDaysAfter(held, 15))
                .contains(london(2026, 11, 23, 17));
    }

    @Test
    void aDiscussionWithoutPoliceOrHealthIsFlaggedOnTheRecordAndInTheFigures() {
        Instant since = FIGURES_FROM;
        ChildProtection.DiscussionFigures before = childProtection.discussionFigures(since);
        startEnquiry(london(2026, 11, 2, 10), Set.of("SOCIAL_CARE", "EDUCATION"));
        ChildProtection.DiscussionFigures after = childProtection.discussionFigures(since);
        assertThat(after.held() - before.held()).isEqualTo(1);
        assertThat(after.withoutPolice() - before.withoutPolice()).isEqualTo(1);
        assertThat(after.withoutHealth() - before.withoutHealth()).isEqualTo(1);
        assertThat(childProtection.pathway(child).discussions()).singleElement()
                .satisfies(d -> assertThat(d.missing()).isEqualTo("police and health"));
        assertThat(chronology.entries(child, new Chronology.Filter("Strategy discussion", null, null)))
                .extracting(Chronology.Entry::summary).singleElement().asString().contains("Held without police and health");
    }

    @Test
    void aConferenceBeforeItsStrategyDiscussionIsRefusedByTheApplicationAndTheDatabase() {
        EnquiryId enquiry = startEnquiry(london(2026, 11, 10, 10), Set.of("SOCIAL_CARE", "POLICE", "HEALTH"));
        assertThatThrownBy(() -> childProtection.recordInitialConference(enquiry, LocalDate.of(2026, 11, 9), chair,
                null, "NEG", null, null, worker)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).containsKey("heldOn"));
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO initial_conference (id, person_id, section47_id, held_on, chair, plan, recorded_by)
                VALUES (:id, :p, :s, DATE '2026-11-09', 'Chair', false, :by)""")
                .param("id", UUID.randomUUID()).param("p", child).param("s", enquiry).param("by", worker.id()).update())
                .hasMessageContaining("before its strategy discussion");
    }

    @Test
    void anEnquiryCannotEndBeforeItStarts() {
        EnquiryId enquiry = startEnquiry(london(2026, 11, 10, 10), Set.of("SOCIAL_CARE", "POLICE", "HEALTH"));
        assertThatThrownBy(() -> childProtection.concludeEnquiry(enquiry, LocalDate.of(2026, 11, 1),
                "NOT_SUBSTANTIATED", worker)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aLateConferenceNeedsTheReasonAndWhoAgreedAndAPlanRaisesTheAlert() {
        Instant held = london(2026, 10, 1, 10);
        EnquiryId enquiry = startEnquiry(held, Set.of("SOCIAL_CARE", "POLICE", "HEALTH"));
        LocalDate late = LocalDate.of(2026, 11, 2);
        assertThatThrownBy(() -> childProtection.recordInitialConference(enquiry, late, chair, null, "NEG",
                null, null, worker)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).containsKey("delayReason"));
        childProtection.recordInitialConference(enquiry, late, chair, "Mother, school, health visitor", "NEG",
                "Father's solicitor unavailable", "Tara Bhatt and the chair", worker);
        List<Clocks.Due> due = clocks.forPeople(List.of(child));
        assertThat(due).filteredOn(d -> d.kind() == ClockKind.INITIAL_CONFERENCE).singleElement()
                .satisfies(d -> assertThat(d.state(Instant.now())).isEqualTo(Clocks.State.MET_LATE));
        assertThat(alerts.current(child)).extracting(CaseAlerts.Alert::kind).contains("CHILD_PROTECTION_PLAN");
    }

    @Test
    void theTimelinessFiguresCountAConferenceHeldLate() {
        Instant since = FIGURES_FROM;
        long lateBefore = lateConferences(since);
        EnquiryId enquiry = startEnquiry(london(2026, 10, 1, 10), Set.of("SOCIAL_CARE", "POLICE", "HEALTH"));
        childProtection.recordInitialConference(enquiry, LocalDate.of(2026, 11, 2), chair, null, null,
                "Reports late", "Manager and chair", worker);
        assertThat(lateConferences(since)).isEqualTo(lateBefore + 1);
    }

    private long lateConferences(Instant since) {
        return clocks.timeliness(since).stream().filter(t -> t.kind() == ClockKind.INITIAL_CONFERENCE)
                .mapToLong(Clocks.Timeliness::late).sum();
    }

    @Test
    void anEnquiryEndingWithoutAConferenceStopsItsClock() {
        EnquiryId enquiry = startEnquiry(london(2026, 11, 10, 10), Set.of("SOCIAL_CARE", "POLICE", "HEALTH"));
        childProtection.concludeEnquiry(enquiry, LocalDate.of(2026, 11, 17), "NOT_SUBSTANTIATED", worker);
        assertThat(clocks.dueAt(ClockKind.INITIAL_CONFERENCE, hearth.timeliness.ClockSubject.enquiry(enquiry))).isEmpty();
    }

    @Test
    void theScanRaisesAnOverdueAlertOnceAndItEndsWhenTheConferenceIsHeld(@Autowired hearth.timeliness.ClockScan scan) {
        EnquiryId enquiry = startEnquiry(london(2026, 1, 5, 10), Set.of("SOCIAL_CARE", "POLICE", "HEALTH"));
        assertThat(scan.scan()).isPositive();
        scan.scan();
        assertThat(alerts.current(child)).extracting(CaseAlerts.Alert::text)
                .filteredOn(t -> t.startsWith("Initial child protection conference overdue")).hasSize(1);
        childProtection.recordInitialConference(enquiry, LocalDate.of(2026, 2, 20), chair, null, null,
                "Family in hospital", "Team manager and chair", worker);
        assertThat(alerts.current(child)).extracting(CaseAlerts.Alert::kind).doesNotContain("CLOCK_INITIAL_CONFERENCE");
    }

    private EnquiryId startEnquiry(Instant held, Set<String> agencies) {
        childProtection.recordStrategyDiscussion(child, ChildProtectionRacesIntegrationTests.discussion(held, agencies,
                "Police share two call-outs; health: missed appointments"), worker);
        return childProtection.pathway(child).enquiries().get(0).id();
    }

    private static Instant london(int y, int m, int d, int h) {
        return LocalDateTime.of(y, m, d, h, 0).atZone(WorkingCalendar.LONDON).toInstant();
    }
}

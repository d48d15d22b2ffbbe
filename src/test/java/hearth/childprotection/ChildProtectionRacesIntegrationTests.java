package hearth.childprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.Race;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.chronology.Chronology;
import hearth.planning.PlanKind;
import hearth.planning.Plans;
import hearth.platform.ConcurrentEdit;
import hearth.platform.PersonId;
import hearth.timeliness.ClockKind;
import hearth.timeliness.Clocks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two people concluding one enquiry or recording its conference at once, and one form posted
 * twice: the chronology, the conference clock and the plan are written once.
 */
@HearthTest
class ChildProtectionRacesIntegrationTests {

    static final Set<String> AGENCIES = Set.of("SOCIAL_CARE", "POLICE", "HEALTH");

    @Autowired FixtureCouncil fixtures;
    @Autowired ChildProtection childProtection;
    @Autowired Clocks clocks;
    @Autowired Chronology chronology;
    @Autowired Plans plans;

    PersonId child;
    StaffMember worker;
    StaffMember manager;
    UUID chair;
    Instant held;

    @BeforeEach
    void council() {
        FixtureCouncil.Council council = fixtures.create();
        child = fixtures.allocatedChild(council);
        worker = council.user(Role.SOCIAL_WORKER);
        manager = council.user(Role.TEAM_MANAGER);
        chair = council.user(Role.CHILD_PROTECTION_CHAIR).id();
        held = Instant.now().minus(Duration.ofDays(3));
    }

    @Test
    void twoConclusionsAtOnceConcludeTheEnquiryOnceAndTheConferenceClockFollowsTheWinner() {
        EnquiryId enquiry = startEnquiry();

        Race.Result race = Race.of(
                () -> childProtection.concludeEnquiry(enquiry, 0, LocalDate.now(), "INITIAL_CONFERENCE", worker),
                () -> childProtection.concludeEnquiry(enquiry, 0, LocalDate.now(), "NOT_SUBSTANTIATED", manager))
                .oneWinsAndTheOtherIsToldItChanged();

        assertThat(entries("Section 47 enquiry concluded")).isEqualTo(1);
        assertThat(enquiry(enquiry).outcome())
                .isEqualTo(race.firstWon() ? EnquiryOutcome.INITIAL_CONFERENCE : EnquiryOutcome.NOT_SUBSTANTIATED);
        assertThat(clocks.dueAt(ClockKind.INITIAL_CONFERENCE, hearth.timeliness.ClockSubject.enquiry(enquiry)).isPresent())
                .as("the conference clock runs only if a conference is still to come").isEqualTo(race.firstWon());
    }

    @Test
    void aConclusionPostedAgainAddsNoSecondEntryAndCannotCancelTheConferenceClock() {
        EnquiryId enquiry = startEnquiry();
        childProtection.concludeEnquiry(enquiry, 0, LocalDate.now(), "INITIAL_CONFERENCE", worker);

        assertThatThrownBy(() -> childProtection.concludeEnquiry(enquiry, 0, LocalDate.now(), "NOT_SUBSTANTIATED", worker))
                .isInstanceOfSatisfying(ConcurrentEdit.class, lost -> assertThat(lost.latest()).get()
                        .satisfies(l -> assertThat(l.status()).isEqualTo("Concluded"))
                        .satisfies(l -> assertThat(l.changedBy()).isEqualTo(worker.displayName())));

        assertThat(entries("Section 47 enquiry concluded")).isEqualTo(1);
        assertThat(clocks.dueAt(ClockKind.INITIAL_CONFERENCE, hearth.timeliness.ClockSubject.enquiry(enquiry))).isPresent();
    }

    @Test
    void twoConferencesAtOnceRecordOneConferenceOnePlanAndOneEntry() {
        EnquiryId enquiry = startEnquiry();

        Race.of(() -> childProtection.recordInitialConference(enquiry, 0, conference(), worker,
                        UUID.randomUUID()),
                () -> childProtection.recordInitialConference(enquiry, 0, conference(), manager,
                        UUID.randomUUID()))
                .oneWinsAndTheOtherIsToldItChanged();

        assertThat(enquiry(enquiry).conferenceOn()).isEqualTo(LocalDate.now());
        assertThat(entries("Initial child protection conference")).isEqualTo(1);
        assertThat(entries("Child protection plan started")).isEqualTo(1);
        assertThat(plans.of(child)).filteredOn(p -> p.kind() == PlanKind.CHILD_PROTECTION).hasSize(1);
    }

    @Test
    void theSameConferenceFormPostedTwiceAtOnceRecordsTheConferenceOnce() {
        EnquiryId enquiry = startEnquiry();
        UUID form = UUID.randomUUID();
        Set<UUID> made = ConcurrentHashMap.newKeySet();

        Race.twice(() -> made.add(childProtection.recordInitialConference(enquiry, 0, conference(),
                worker, form))).bothSucceed();

        assertThat(made).hasSize(1);
        assertThat(entries("Initial child protection conference")).isEqualTo(1);
        assertThat(plans.of(child)).filteredOn(p -> p.kind() == PlanKind.CHILD_PROTECTION).hasSize(1);
    }

    @Test
    void aStrategyDiscussionPostedTwiceAtOnceIsRecordedOnceAndStartsOneEnquiry() {
        UUID form = UUID.randomUUID();
        Set<UUID> made = ConcurrentHashMap.newKeySet();

        Race.twice(() -> made.add(childProtection.recordStrategyDiscussion(child,
                discussion(held, AGENCIES, "Two call-outs"), worker, form))).bothSucceed();

        assertThat(made).hasSize(1);
        assertThat(childProtection.pathway(child).discussions()).hasSize(1);
        assertThat(childProtection.pathway(child).enquiries()).hasSize(1);
        assertThat(entries("Strategy discussion")).isEqualTo(1);
        assertThat(entries("Section 47 enquiry started")).isEqualTo(1);
    }

    private EnquiryId startEnquiry() {
        childProtection.recordStrategyDiscussion(child, discussion(held, AGENCIES, "Police share two call-outs"),
                worker);
        return childProtection.pathway(child).enquiries().get(0).id();
    }

    static StrategyDiscussion discussion(Instant held, Set<String> agencies, String shared) {
        return new StrategyDiscussion(held, agencies, "Team manager", List.of(), shared, StrategyDecision.S47_JOINT,
                "Joint visit tomorrow");
    }

    private ChildProtection.Enquiry enquiry(EnquiryId id) {
        return childProtection.pathway(child).enquiries().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow();
    }

    private ChildProtection.Conference conference() {
        return new ChildProtection.Conference(LocalDate.now(), chair, "Mother, school, health visitor", "NEG", null,
                null);
    }

    private long entries(String type) {
        return chronology.entries(child, Chronology.Filter.all()).stream().filter(e -> e.type().equals(type)).count();
    }
}

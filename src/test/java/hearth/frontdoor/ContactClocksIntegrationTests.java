package hearth.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.casework.DueForStaff;
import hearth.timeliness.ClockKind;
import hearth.timeliness.ClockStatus;
import hearth.timeliness.ClockSubject;
import hearth.timeliness.Clocks;
import hearth.timeliness.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@HearthTest
class ContactClocksIntegrationTests {

    @Autowired FixtureCouncil fixtures;
    @Autowired FrontDoor frontDoor;
    @Autowired ContactQueries contacts;
    @Autowired Clocks clocks;
    @Autowired WorkingCalendar calendar;
    @Autowired List<DueForStaff> myWork;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    FixtureCouncil.Council council;
    StaffMember partner;
    StaffMember hub;

    @BeforeEach
    void council() {
        council = fixtures.create();
        partner = council.user(Role.PARTNER_REFERRER);
        hub = council.user(Role.MASH_PRACTITIONER);
    }

    @Test
    void aRedContactsDeadlinesAreClocksOnTheWorkersMyWorkAndAreMetWhenDecided() throws Exception {
        Instant since = clocks.now().minusSeconds(1);
        ContactId id = frontDoor.submit(null, immediate(), partner);
        ContactView received = contacts.find(id).orElseThrow();
        assertThat(clocksOf(id)).containsOnlyKeys(ClockKind.CONTACT_RED_PRIORITY, ClockKind.CONTACT_DECISION);
        assertThat(clocksOf(id).get(ClockKind.CONTACT_RED_PRIORITY).dueAt())
                .isEqualTo(calendar.workingHoursAfter(received.receivedAt(), 4))
                .isEqualTo(received.priorityDueAt());
        assertThat(clocksOf(id).get(ClockKind.CONTACT_DECISION).dueAt())
                .isEqualTo(calendar.workingDaysAfter(received.receivedAt(), 1))
                .isEqualTo(received.decisionDueAt());

        frontDoor.assign(id, received.version(), hub);
        assertThat(dueFor(hub)).filteredOn(item -> item.href().endsWith(id.toString()))
                .extracting(item -> item.due().kind())
                .containsExactlyInAnyOrder(ClockKind.CONTACT_RED_PRIORITY, ClockKind.CONTACT_DECISION);
        mvc.perform(get("/my-work").with(user(users.loadUserByUsername(hub.username()))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Red-priority contact screened")));

        frontDoor.decide(id, contacts.find(id).orElseThrow().version(), ThresholdLevel.EARLY_HELP,
                "Family agree to early help", Outcome.EARLY_HELP, hub);
        assertThat(clocksOf(id).values()).extracting(Clocks.Due::status).containsOnly(ClockStatus.MET);
        assertThat(dueFor(hub)).noneMatch(item -> item.href().endsWith(id.toString()));
        assertThat(clocks.timeliness(since)).filteredOn(t -> t.kind() == ClockKind.CONTACT_DECISION)
                .singleElement().satisfies(t -> assertThat(t.onTime()).isPositive());
    }

    @Test
    void aContactNoLongerRedHasItsRedPriorityClockCancelledNotMet() {
        ContactId id = frontDoor.submit(null, immediate(), partner);
        frontDoor.reprioritise(id, contacts.find(id).orElseThrow().version(), Priority.AMBER, hub);
        Clocks.Due red = clocksOf(id).get(ClockKind.CONTACT_RED_PRIORITY);
        assertThat(red.status()).isEqualTo(ClockStatus.CANCELLED);
        assertThat(red.completedAt()).isNull();
        assertThat(red.cancelledAt()).isNotNull();
        assertThat(contacts.find(id).orElseThrow().priorityDueAt()).isNull();
        assertThat(clocksOf(id).get(ClockKind.CONTACT_DECISION).isOpen()).isTrue();
    }

    private Map<ClockKind, Clocks.Due> clocksOf(ContactId contact) {
        return clocks.about(ClockSubject.Type.CONTACT, List.of(contact)).stream()
                .collect(Collectors.toMap(Clocks.Due::kind, d -> d, (older, newer) -> newer));
    }

    private List<DueForStaff.Item> dueFor(StaffMember staff) {
        return myWork.stream().flatMap(source -> source.dueFor(staff).stream()).toList();
    }

    private ReferralDetails immediate() {
        ReferralDetails base = FixtureCouncil.referralAbout("Ava", "Red" + council.tag(), LocalDate.now().minusYears(4),
                partner.organisation());
        return new ReferralDetails(base.channel(), base.referralSource(), base.children(), base.family(), base.worry(),
                base.childSaid(), base.tried(), base.factors(), "IMMEDIATE", base.consent(), null, null,
                base.referrerName(), base.referrerRole(), base.referrerOrganisation(), base.referrerPhone(),
                base.referrerEmail());
    }
}

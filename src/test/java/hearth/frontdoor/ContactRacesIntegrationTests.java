package hearth.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.PublishedEvents;
import hearth.Race;
import hearth.access.ChildRelationshipEnded;
import hearth.access.ChildRelationshipStarted;
import hearth.access.Role;
import hearth.access.Staff;
import hearth.access.StaffMember;
import hearth.assessment.Assessments;
import hearth.chronology.Chronology;
import hearth.platform.PersonId;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Two people at the front door acting on one contact at the same instant: one wins, nothing is written twice. */
@HearthTest
class ContactRacesIntegrationTests {

    @Autowired FixtureCouncil fixtures;
    @Autowired FrontDoor frontDoor;
    @Autowired ContactQueries contacts;
    @Autowired Staff staff;
    @Autowired Chronology chronology;
    @Autowired Assessments assessments;
    @Autowired PublishedEvents events;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    FixtureCouncil.Council council;
    StaffMember hub;
    StaffMember otherHub;
    StaffMember manager;
    StaffMember otherManager;
    PersonId child;
    ContactId contact;

    @BeforeEach
    void council() {
        council = fixtures.create();
        hub = council.user(Role.MASH_PRACTITIONER);
        manager = council.user(Role.MASH_MANAGER);
        otherHub = colleague("screener", Role.MASH_PRACTITIONER);
        otherManager = colleague("hub-lead", Role.MASH_MANAGER);
        child = fixtures.allocatedChild(council);
        contact = fixtures.referral(council);
    }

    @Test
    void twoHubWorkersAssigningAtOnceLeaveItWithTheOneWhoWon() {
        int seen = version();

        Race.Result race = Race.of(() -> frontDoor.assign(contact, seen, hub), () -> frontDoor.assign(contact, seen, otherHub))
                .oneWinsAndTheOtherIsToldItChanged();

        ContactView now = contacts.find(contact).orElseThrow();
        assertThat(now.assignedTo()).isEqualTo(race.firstWon() ? hub.id() : otherHub.id());
        assertThat(now.version()).isEqualTo(seen + 1);
    }

    @Test
    void twoPriorityChangesAtOnceKeepOnlyTheWinnersPriority() {
        int seen = version();

        Race.Result race = Race.of(() -> frontDoor.reprioritise(contact, seen, Priority.RED, hub),
                () -> frontDoor.reprioritise(contact, seen, Priority.GREEN, otherHub)).oneWinsAndTheOtherIsToldItChanged();

        assertThat(contacts.find(contact).orElseThrow().priority()).isEqualTo(race.firstWon() ? Priority.RED : Priority.GREEN);
    }

    @Test
    void twoMatchesAtOnceJoinTheChildsChronologyOnceAndOpenTheRecordOnce() {
        int seen = version();

        Race.of(() -> frontDoor.matchChild(contact, seen, 0, child, hub),
                () -> frontDoor.matchChild(contact, seen, 0, child, otherHub)).oneWinsAndTheOtherIsToldItChanged();

        assertThat(contacts.find(contact).orElseThrow().children().get(0).personId()).isEqualTo(child);
        assertThat(entries("Contact received")).isEqualTo(1);
        assertThat(events.count(ChildRelationshipStarted.class,
                e -> e.personId().equals(child.value()) && e.sourceRef().equals(FrontDoor.source(contact)))).isEqualTo(1);
    }

    @Test
    void twoDecisionsAtOnceKeepOneDecision() {
        matched();
        int seen = version();

        Race.Result race = Race.of(
                () -> frontDoor.decide(contact, seen, ThresholdLevel.CHILD_IN_NEED, "Needs assessing", Outcome.ASSESSMENT, hub),
                () -> frontDoor.decide(contact, seen, ThresholdLevel.EARLY_HELP, "Early help will do", Outcome.EARLY_HELP,
                        otherHub))
                .oneWinsAndTheOtherIsToldItChanged();

        ContactView now = contacts.find(contact).orElseThrow();
        assertThat(now.status()).isEqualTo(ContactStatus.AWAITING_AUTHORISATION);
        assertThat(now.outcome()).isEqualTo(race.firstWon() ? Outcome.ASSESSMENT : Outcome.EARLY_HELP);
    }

    @Test
    void twoManagersAuthorisingAtOnceDecideItOnceWithOneEntryOneAssessmentAndOneEvent() {
        awaitingAuthorisation();
        int seen = version();

        Race.of(() -> frontDoor.authorise(contact, seen, manager), () -> frontDoor.authorise(contact, seen, otherManager))
                .oneWinsAndTheOtherIsToldItChanged();

        assertThat(contacts.find(contact).orElseThrow().status()).isEqualTo(ContactStatus.DECIDED);
        assertThat(entries("Front door decision")).isEqualTo(1);
        assertThat(assessments.of(child)).filteredOn(a -> contact.equals(a.contactId())).hasSize(1);
        assertThat(events.count(ReferralAccepted.class, e -> e.contactId().equals(contact.value()))).isEqualTo(1);
        assertThat(events.count(ChildRelationshipEnded.class, e -> e.sourceRef().equals(FrontDoor.source(contact))))
                .isEqualTo(1);
    }

    @Test
    void theManagerWhoLostSeesWhatChangedWhoChangedItAndThatTheirChangeWasNotSaved() throws Exception {
        awaitingAuthorisation();
        int seen = version();
        frontDoor.authorise(contact, seen, manager);

        mvc.perform(post("/front-door/contacts/" + contact + "/authorise").param("version", String.valueOf(seen))
                        .header("Referer", "http://localhost/front-door/contacts/" + contact)
                        .with(user(users.loadUserByUsername(otherManager.username()))).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("This contact</span> was changed by someone else"),
                        Matchers.containsString("Your change has not been saved"),
                        Matchers.containsString(ContactStatus.DECIDED.label()),
                        Matchers.containsString(manager.displayName()),
                        Matchers.containsString("href=\"/front-door/contacts/" + contact + "\""))));
        assertThat(entries("Front door decision")).isEqualTo(1);
    }

    private void matched() {
        frontDoor.matchChild(contact, version(), 0, child, hub);
    }

    private void awaitingAuthorisation() {
        matched();
        frontDoor.decide(contact, version(), ThresholdLevel.CHILD_IN_NEED, "Domestic abuse with the child present",
                Outcome.ASSESSMENT, hub);
    }

    private int version() {
        return contacts.find(contact).orElseThrow().version();
    }

    private long entries(String type) {
        return chronology.entries(child, Chronology.Filter.all()).stream().filter(e -> e.type().equals(type)).count();
    }

    private StaffMember colleague(String name, Role role) {
        return staff.createUser(new Staff.NewUser(name + "." + council.tag(), name + " " + council.tag(), role,
                council.mash().id(), null, FixtureCouncil.PASSWORD));
    }
}

package hearth.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import hearth.access.Staff;
import hearth.access.StaffMember;
import hearth.frontdoor.ContactId;
import hearth.frontdoor.ContactQueries;
import hearth.frontdoor.FrontDoor;
import hearth.frontdoor.Outcome;
import hearth.frontdoor.ThresholdLevel;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import hearth.timeliness.ClockKind;
import hearth.timeliness.ClockStatus;
import hearth.timeliness.ClockSubject;
import hearth.timeliness.Clocks;
import hearth.timeliness.WorkingCalendar;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** No child's case belongs to nobody: every decision that opens work gives the child a team. */
@HearthTest
class CaseRoutingIntegrationTests {

    @Autowired FixtureCouncil fixtures;
    @Autowired FrontDoor frontDoor;
    @Autowired ContactQueries contacts;
    @Autowired Allocations allocations;
    @Autowired Involvements involvements;
    @Autowired WaitingForAllocation waiting;
    @Autowired Clocks clocks;
    @Autowired Staff staff;
    @Autowired WorkingCalendar calendar;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    FixtureCouncil.Council council;

    @BeforeEach
    void council() {
        council = fixtures.create();
    }

    @Test
    void everyOutcomeThatOpensWorkEndsWithTheChildHeldByATeamWaitingForAWorker() {
        for (Outcome outcome : EnumSet.of(Outcome.ASSESSMENT, Outcome.STRATEGY_DISCUSSION)) {
            PersonId child = decided(outcome);
            Allocations.Allocation held = allocations.current(child).orElseThrow(
                    () -> new AssertionError(outcome + " left the child with no team"));
            assertThat(held.workerId()).as(outcome.name()).isNull();
            assertThat(staff.team(held.teamId()).orElseThrow().kind()).isEqualTo("ASSESSMENT");
            Clocks.Due due = clocks.about(ClockSubject.Type.CHILD, List.of(child)).stream()
                    .filter(d -> d.kind() == ClockKind.ALLOCATION).findFirst().orElseThrow();
            assertThat(due.isOpen()).isTrue();
            assertThat(due.dueAt()).isEqualTo(calendar.workingDaysAfter(due.startedAt(), 2));
        }
    }

    @Test
    void outcomesThatOpenNoWorkGiveNoTeam() {
        for (Outcome outcome : EnumSet.of(Outcome.NO_FURTHER_ACTION, Outcome.SIGNPOST, Outcome.EARLY_HELP)) {
            assertThat(allocations.current(decided(outcome))).as(outcome.name()).isEmpty();
        }
    }

    @Test
    void aChildAlreadyHeldKeepsTheirWorker() {
        FixtureCouncil.FrontDoorChild atTheDoor = fixtures.childAtTheFrontDoor(council);
        allocations.allocate(atTheDoor.child(), council.team().id(), council.user(Role.SOCIAL_WORKER).id(),
                LocalDate.now(), council.user(Role.TEAM_MANAGER));
        decide(atTheDoor.contact(), Outcome.ASSESSMENT);
        assertThat(allocations.current(atTheDoor.child()).orElseThrow().workerId())
                .isEqualTo(council.user(Role.SOCIAL_WORKER).id());
        assertThat(clocks.open(List.of(atTheDoor.child()), Set.of(ClockKind.ALLOCATION))).isEmpty();
    }

    @Test
    void theHeadOfServiceSeesTheRoutedChildAndAllocatingAWorkerMeetsItsClock() {
        PersonId child = decided(Outcome.ASSESSMENT);
        StaffMember head = council.user(Role.HEAD_OF_SERVICE);
        assertThat(waiting.forViewer(head)).extracting(w -> w.child().id()).contains(child);
        UUID teamId = allocations.current(child).orElseThrow().teamId();
        Allocations.Worker anyone = allocations.workersFor(head).stream()
                .filter(w -> w.member().teamId().equals(teamId)).findFirst().orElseThrow();

        allocations.allocateWorker(child, anyone.member().id(), head);

        assertThat(allocations.current(child).orElseThrow().workerId()).isEqualTo(anyone.member().id());
        assertThat(clocks.about(ClockSubject.Type.CHILD, List.of(child))).filteredOn(d -> d.kind() == ClockKind.ALLOCATION)
                .singleElement().satisfies(d -> assertThat(d.status()).isEqualTo(ClockStatus.MET));
        assertThat(waiting.forViewer(head)).extracting(w -> w.child().id()).doesNotContain(child);
    }

    @Test
    void aTeamManagerSeesTheirTeamsWaitingChildrenAndAllocatesOnlyWithinTheTeam() throws Exception {
        PersonId child = fixtures.child(council, "Wren", "Waiting", LocalDate.now().minusYears(7));
        allocations.allocate(child, council.team().id(), null, LocalDate.now(), council.user(Role.TEAM_MANAGER));
        StaffMember manager = council.user(Role.TEAM_MANAGER);
        assertThat(waiting.forViewer(manager)).extracting(w -> w.child().id()).containsExactly(child);
        assertThat(waiting.forViewer(fixtures.create().user(Role.TEAM_MANAGER))).extracting(w -> w.child().id())
                .doesNotContain(child);
        assertThat(waiting.forViewer(council.user(Role.SOCIAL_WORKER))).isEmpty();
        String home = mvc.perform(get("/").with(user(users.loadUserByUsername(manager.username()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("Waiting for allocation").contains("Wren Waiting" + council.tag())
                .contains("/children/" + child + "/allocate");
        assertThat(home.indexOf("Waiting for allocation")).as("the first list on the manager's home")
                .isLessThan(home.indexOf("Children in your team"));

        assertThat(allocations.workersFor(manager)).extracting(w -> w.member().teamId()).containsOnly(council.team().id());
        assertThatThrownBy(() -> allocations.allocateWorker(child, council.outsider().id(), manager))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).containsKey("workerId"));
        assertThat(allocations.workersFor(council.user(Role.HEAD_OF_SERVICE))).extracting(w -> w.member().id())
                .contains(council.outsider().id(), council.user(Role.SOCIAL_WORKER).id());
    }

    @Test
    void aFamilySupportWorkerIsNotAllocatedAChildOnAChildProtectionPlan() {
        PersonId child = fixtures.allocatedChild(council);
        involvements.start(child, Involvements.Kind.CHILD_PROTECTION, LocalDate.now(), council.user(Role.SOCIAL_WORKER));
        assertThatThrownBy(() -> allocations.allocateWorker(child, council.user(Role.FAMILY_SUPPORT_WORKER).id(),
                council.user(Role.TEAM_MANAGER)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get("workerId"))
                        .contains("family support worker"));
    }

    @Test
    void theWaitingPageListsTheChildForTheHeadOfServiceAndIsRefusedToAWorker() throws Exception {
        PersonId child = decided(Outcome.ASSESSMENT);
        String name = "Noor Contact" + council.tag();
        String page = mvc.perform(get("/allocation/waiting")
                        .with(user(users.loadUserByUsername(council.user(Role.HEAD_OF_SERVICE).username()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(name).contains("/children/" + child + "/allocate");
        mvc.perform(get("/allocation/waiting")
                        .with(user(users.loadUserByUsername(council.user(Role.SOCIAL_WORKER).username()))))
                .andExpect(status().isForbidden());
    }

    private PersonId decided(Outcome outcome) {
        FixtureCouncil.FrontDoorChild atTheDoor = fixtures.childAtTheFrontDoor(council);
        decide(atTheDoor.contact(), outcome);
        return atTheDoor.child();
    }

    private void decide(ContactId contact, Outcome outcome) {
        frontDoor.decide(contact, contacts.find(contact).orElseThrow().version(), ThresholdLevel.CHILD_IN_NEED,
                "Decided for the test", outcome, council.user(Role.MASH_PRACTITIONER));
        frontDoor.authorise(contact, contacts.find(contact).orElseThrow().version(), council.user(Role.MASH_MANAGER));
    }
}

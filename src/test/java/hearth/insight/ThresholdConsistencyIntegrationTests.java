package hearth.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.casework.Allocations;
import hearth.frontdoor.ContactId;
import hearth.frontdoor.ContactQueries;
import hearth.frontdoor.FrontDoor;
import hearth.frontdoor.Outcome;
import hearth.frontdoor.ThresholdLevel;
import hearth.platform.PersonId;
import hearth.returns.ReturnsFixtures;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Thresholds in one fixture council, counted by hand. Two children closed with no further
 * action in 2025-26, one of them referred three months later. Six police contacts about
 * domestic abuse (source 6, factor 3A) decided today: the hub practitioner at levels 3, 3 and
 * 4 (an average of 3.3), the hub manager at 2, 2 and 2: a spread of 1.3 levels. Three
 * decisions awaiting authorisation: one authorised as it was, one changed, one still waiting.
 */
@HearthTest
class ThresholdConsistencyIntegrationTests {

    @Autowired FixtureCouncil fixtures;
    @Autowired ReturnsFixtures returns;
    @Autowired Allocations allocations;
    @Autowired FrontDoor frontDoor;
    @Autowired ContactQueries contacts;
    @Autowired ThresholdConsistency thresholds;
    @Autowired Clock clock;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    FixtureCouncil.Council council;
    StaffMember manager;

    @BeforeEach
    void council() {
        council = fixtures.create();
        manager = council.user(Role.TEAM_MANAGER);
    }

    @Test
    void aChildClosedWithNoFurtherActionAndReferredWithinTheYearIsCounted() throws Exception {
        PersonId back = closed("TCA", LocalDate.of(2025, 6, 2));
        returns.contact(council, back, LocalDate.of(2025, 9, 1), "6", Outcome.ASSESSMENT);
        closed("TCB", LocalDate.of(2025, 7, 1));

        ThresholdConsistency.AfterNoFurtherAction after = thresholds.figures(new InsightFilter(council.team().id(),
                null, LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)), manager).afterNoFurtherAction();

        assertThat(after).isEqualTo(new ThresholdConsistency.AfterNoFurtherAction(2, 1));
        assertThat(after.percentReferredAfter()).isEqualTo(50L);
        assertThat(thresholds.referredAgain(new InsightFilter(council.team().id(), null, LocalDate.of(2025, 4, 1),
                LocalDate.of(2026, 3, 31)), manager).children()).extracting(FigureChildren.Child::id,
                FigureChildren.Child::detail).containsExactly(org.assertj.core.groups.Tuple.tuple(back,
                "No further action 2 Jun 2025; referred again 1 Sep 2025"));
        var list = mvc.perform(get("/insight/thresholds/children").param("period", "2026")
                .param("team", council.team().id().toString())
                .with(user(users.loadUserByUsername(manager.username())))).andReturn().getResponse();
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(list.getContentAsString()).contains("/children/" + back, "referred again 1 Sep 2025");
    }

    @Test
    void thePractitionersLevelsForTheSameSourceAndFactorAreComparedAsASpread() throws Exception {
        StaffMember practitioner = council.user(Role.MASH_PRACTITIONER);
        StaffMember hubManager = council.user(Role.MASH_MANAGER);
        decide(practitioner, ThresholdLevel.CHILD_IN_NEED, ThresholdLevel.CHILD_IN_NEED, ThresholdLevel.PROTECTION);
        decide(hubManager, ThresholdLevel.EARLY_HELP, ThresholdLevel.EARLY_HELP, ThresholdLevel.EARLY_HELP);
        LocalDate today = LocalDate.now(clock.withZone(hearth.platform.London.ZONE));

        ThresholdConsistency.Figures figures = thresholds.figures(new InsightFilter(council.mash().id(), null,
                today.minusDays(7), today), manager);

        assertThat(figures.groups()).hasSize(1);
        ThresholdConsistency.Group group = figures.groups().get(0);
        assertThat(group.source()).startsWith("6 ");
        assertThat(group.factor()).startsWith("3A ");
        assertThat(group.contacts()).isEqualTo(6);
        assertThat(group.practitioners()).isEqualTo(2);
        assertThat(group.levelsInWords()).isEqualTo("2.0 to 3.3");
        assertThat(group.spread()).isEqualTo(1.3);

        var page = mvc.perform(get("/insight/thresholds").param("team", council.mash().id().toString())
                .with(user(users.loadUserByUsername(manager.username())))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("2.0 to 3.3", "1.3");
    }

    @Test
    void ofTheDecisionsAuthorisedThoseTheHubManagerChangedAreCounted() {
        StaffMember practitioner = council.user(Role.MASH_PRACTITIONER);
        StaffMember hubManager = council.user(Role.MASH_MANAGER);
        List<ContactId> awaiting = decide(practitioner, ThresholdLevel.CHILD_IN_NEED, ThresholdLevel.CHILD_IN_NEED,
                ThresholdLevel.CHILD_IN_NEED);
        frontDoor.authorise(awaiting.get(0), contacts.find(awaiting.get(0)).orElseThrow().version(), hubManager);
        frontDoor.authoriseChanged(awaiting.get(1), contacts.find(awaiting.get(1)).orElseThrow().version(),
                ThresholdLevel.EARLY_HELP, Outcome.EARLY_HELP, "Early help first", hubManager);
        LocalDate today = LocalDate.now(clock.withZone(hearth.platform.London.ZONE));

        ThresholdConsistency.AtAuthorisation figure = thresholds.figures(new InsightFilter(council.mash().id(), null,
                today.minusDays(7), today), manager).atAuthorisation();

        assertThat(figure).isEqualTo(new ThresholdConsistency.AtAuthorisation(2, 1));
        assertThat(figure.percentChanged()).isEqualTo(50L);
    }

    private PersonId closed(String id, LocalDate day) throws Exception {
        PersonId child = returns.childWithContact(council, id + council.tag(), day, "3A", Outcome.NO_FURTHER_ACTION);
        allocations.allocate(child, council.team().id(), council.user(Role.SOCIAL_WORKER).id(),
                LocalDate.of(2025, 4, 1), manager);
        return child;
    }

    /** Contacts decided for an assessment, which waits for a hub manager to authorise it. */
    private List<ContactId> decide(StaffMember by, ThresholdLevel... levels) {
        List<ContactId> decided = new ArrayList<>();
        for (ThresholdLevel level : levels) {
            ContactId contact = fixtures.referral(council);
            frontDoor.decide(contact, contacts.find(contact).orElseThrow().version(), level, "Against the threshold",
                    Outcome.ASSESSMENT, by);
            decided.add(contact);
        }
        return decided;
    }
}

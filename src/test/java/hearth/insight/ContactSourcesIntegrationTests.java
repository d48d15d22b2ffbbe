package hearth.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.AccessDenied;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.casework.Allocations;
import hearth.frontdoor.Outcome;
import hearth.platform.PersonId;
import hearth.returns.ReturnsFixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Contacts, referrals and re-referrals of one fixture team's children, counted by hand. Six
 * contacts in 2025-26: Amy referred twice by her GP (3A; the second a re-referral), Ben's contact
 * from adult social care (5A) closed with no further action and Cara's referred, Dev referred by
 * a relative (1A) 16 months after his last referral (not a re-referral) and Esme 5 months after
 * hers (a re-referral, though the first referral was before the period).
 */
@HearthTest
class ContactSourcesIntegrationTests {

    private static final LocalDate FROM = LocalDate.of(2025, 4, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);

    @Autowired FixtureCouncil fixtures;
    @Autowired ReturnsFixtures returns;
    @Autowired Allocations allocations;
    @Autowired ContactSources sources;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    FixtureCouncil.Council council;
    StaffMember manager;
    PersonId amy;
    PersonId esme;

    @BeforeEach
    void contacts() throws Exception {
        council = fixtures.create();
        manager = council.user(Role.TEAM_MANAGER);
        amy = referred("SRA", LocalDate.of(2025, 5, 1), "3A", Outcome.ASSESSMENT);
        returns.contact(council, amy, LocalDate.of(2025, 11, 3), "3A", Outcome.ASSESSMENT);
        referred("SRB", LocalDate.of(2025, 6, 10), "5A", Outcome.NO_FURTHER_ACTION);
        referred("SRC", LocalDate.of(2025, 7, 1), "5A", Outcome.ASSESSMENT);
        PersonId dev = referred("SRD", LocalDate.of(2024, 2, 1), "1A", Outcome.ASSESSMENT);
        returns.contact(council, dev, LocalDate.of(2025, 6, 2), "1A", Outcome.ASSESSMENT);
        esme = referred("SRE", LocalDate.of(2024, 12, 2), "1A", Outcome.ASSESSMENT);
        returns.contact(council, esme, LocalDate.of(2025, 5, 6), "1A", Outcome.ASSESSMENT);
    }

    @Test
    void eachSourceHasItsContactsReferralsAndReReferrals() {
        ContactSources.Figures figures = sources.figures(teamIn(FROM, TO, null), manager);

        assertThat(figures.sources()).extracting(s -> s.label().substring(0, 2), ContactSources.Source::contacts,
                ContactSources.Source::referrals, ContactSources.Source::reReferrals)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1A", 2L, 2L, 1L),
                        org.assertj.core.groups.Tuple.tuple("3A", 2L, 2L, 1L),
                        org.assertj.core.groups.Tuple.tuple("5A", 2L, 1L, 0L));
        assertThat(figures.sources().get(2).conversion()).isEqualTo(50L);
        assertThat(figures.sources().get(1).reReferralRate()).isEqualTo(50L);
        assertThat(figures.total()).extracting(ContactSources.Source::contacts, ContactSources.Source::referrals,
                ContactSources.Source::reReferrals, ContactSources.Source::conversion).containsExactly(6L, 5L, 2L, 83L);
        assertThat(sources.reReferred(teamIn(FROM, TO, null), manager).children()).extracting(
                FigureChildren.Child::id, FigureChildren.Child::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple(esme, "Referred 6 May 2025; referred before 2 Dec 2024"),
                org.assertj.core.groups.Tuple.tuple(amy, "Referred 3 Nov 2025; referred before 1 May 2025"));
    }

    @Test
    void overTimeEachQuarterCountsItsOwnContacts() {
        ContactSources.Figures figures = sources.figures(teamIn(FROM, TO, null), manager);

        assertThat(figures.overTime()).hasSize(8);
        // Esme's first referral (December 2024) is not the team's: the team had her only from April 2025.
        assertThat(figures.overTime()).extracting(ContactSources.Source::label, ContactSources.Source::contacts,
                ContactSources.Source::referrals, ContactSources.Source::reReferrals).containsSubsequence(
                org.assertj.core.groups.Tuple.tuple("Oct 2024 to Dec 2024", 0L, 0L, 0L),
                org.assertj.core.groups.Tuple.tuple("Apr 2025 to Jun 2025", 4L, 3L, 1L),
                org.assertj.core.groups.Tuple.tuple("Jul 2025 to Sep 2025", 1L, 1L, 0L),
                org.assertj.core.groups.Tuple.tuple("Oct 2025 to Dec 2025", 1L, 1L, 1L));
        assertThat(figures.overTime().get(0)).extracting(ContactSources.Source::label,
                ContactSources.Source::contacts).containsExactly("Apr 2024 to Jun 2024", 0L);
    }

    @Test
    void thePageDrawsEachSourceAndTheCsvHasTheSameFigures() throws Exception {
        String team = council.team().id().toString();
        var page = mvc.perform(get("/insight/sources").param("period", "2026").param("team", team)
                .with(user(users.loadUserByUsername(manager.username())))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("2 of 2", "1 of 2", "1 (50%)", "83%");

        var csv = mvc.perform(get("/insight/sources.csv").param("period", "2026").param("team", team)
                .with(user(users.loadUserByUsername(manager.username())))).andReturn().getResponse();
        assertThat(csv.getContentAsString().lines())
                .anyMatch(line -> line.matches("by source,3A [^,]*,2,2,100,1,50"))
                .anyMatch(line -> line.matches("by source,5A [^,]*,2,1,50,0,0"))
                .contains("by source,Every source,6,5,83,2,40");
    }

    @Test
    void anAreaNoneOfThemLivesInHasNoContacts() {
        assertThat(sources.figures(teamIn(FROM, TO, "ZZ99"), manager).total().contacts()).isZero();
    }

    @Test
    void aSocialWorkerDoesNotSeeTheFigures() {
        assertThatThrownBy(() -> sources.figures(teamIn(FROM, TO, null), council.user(Role.SOCIAL_WORKER)))
                .isInstanceOf(AccessDenied.class);
    }

    private PersonId referred(String id, LocalDate day, String source, Outcome outcome) throws Exception {
        PersonId child = returns.childWithContact(council, id + council.tag(), day, source, outcome);
        allocations.allocate(child, council.team().id(), council.user(Role.SOCIAL_WORKER).id(), FROM, manager);
        return child;
    }

    private InsightFilter teamIn(LocalDate from, LocalDate to, String area) {
        return new InsightFilter(council.team().id(), area, from, to);
    }
}

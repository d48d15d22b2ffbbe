package hearth.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.platform.PersonId;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@HearthTest
class CaseloadPagingIntegrationTests {

    /** One more page than the home page holds (50 a page), and a few over. */
    private static final int CHILDREN = 53;

    private static final Pattern CHILD_LINK = Pattern.compile("href=\"/children/([0-9a-f-]{36})\"");

    @Autowired FixtureCouncil fixtures;
    @Autowired Allocations allocations;
    @Autowired hearth.access.RecordRestrictions restrictions;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void aWorkerWithMoreThanOnePageOfChildrenSeesTheRestOnPageTwoAndNobodyIsLost() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        StaffMember worker = council.user(Role.SOCIAL_WORKER);
        List<PersonId> held = IntStream.range(0, CHILDREN).mapToObj(i -> {
            PersonId child = fixtures.child(council, "Paged" + (char) ('a' + i / 26) + (char) ('a' + i % 26), "Caseload",
                    LocalDate.of(2015, 1, 1).plusDays(i));
            allocations.allocate(child, council.team().id(), worker.id(), LocalDate.of(2026, 1, 1).plusDays(i % 7),
                    council.user(Role.TEAM_MANAGER));
            return child;
        }).toList();

        String first = home(worker, "1");
        String second = home(worker, "2");
        Set<PersonId> onFirst = children(first);
        Set<PersonId> onSecond = children(second);

        assertThat(first).contains("53 children, 1 to 50 shown").contains("govuk-pagination").contains("href=\"/?page=2\"");
        assertThat(second).contains("53 children, 51 to 53 shown").contains("href=\"/?page=1\"");
        assertThat(onFirst).hasSize(50).doesNotContainAnyElementsOf(onSecond);
        Set<PersonId> everyone = new HashSet<>(onFirst);
        everyone.addAll(onSecond);
        assertThat(everyone).containsExactlyInAnyOrderElementsOf(held);
    }

    @Test
    void aPageNumberPastTheEndShowsTheLastPage() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        PersonId child = fixtures.allocatedChild(council);

        String page = home(council.user(Role.SOCIAL_WORKER), "9");

        assertThat(children(page)).containsExactly(child);
        assertThat(page).contains("1 child<").doesNotContain("govuk-pagination");
    }

    @Test
    void aRestrictedRecordThatDoesNotNameTheManagerIsNeitherListedNorCounted() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        PersonId open = fixtures.allocatedChild(council);
        PersonId restricted = fixtures.allocatedChild(council);
        StaffMember head = council.user(Role.HEAD_OF_SERVICE);
        restrictions.restrict(restricted, "A relative works in the team", head, List.of(head.id()));

        String page = home(council.user(Role.TEAM_MANAGER), "1");

        assertThat(children(page)).containsExactly(open);
        assertThat(page).contains("1 child<").doesNotContain(restricted.toString());
    }

    @Test
    void aPageThatIsNotANumberIsRefusedAsABadRequestNotAServerError() throws Exception {
        StaffMember worker = fixtures.create().user(Role.SOCIAL_WORKER);

        int status = mvc.perform(get("/").param("page", "two").with(user(users.loadUserByUsername(worker.username()))))
                .andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(400);
    }

    private String home(StaffMember member, String page) throws Exception {
        return mvc.perform(get("/").param("page", page).with(user(users.loadUserByUsername(member.username()))))
                .andReturn().getResponse().getContentAsString();
    }

    private static Set<PersonId> children(String html) {
        Set<PersonId> found = new HashSet<>();
        CHILD_LINK.matcher(html).results().forEach(m -> found.add(PersonId.of(m.group(1))));
        return found;
    }
}

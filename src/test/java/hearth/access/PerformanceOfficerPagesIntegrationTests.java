package hearth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A performance officer never sees the person index: asking for it is refused (403), with a
 * page that says what their role sees instead, rather than the page about a record's access.
 * Spring Security forwards a refusal to /no-access; MockMvc records the forward without
 * following it, so the second request is that forward.
 */
@HearthTest
class PerformanceOfficerPagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired FixtureCouncil fixtures;
    @Autowired UserDetailsService users;

    @Test
    void aPerformanceOfficersSearchIsRefusedWithAPageAboutFigures() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        UserDetails officer = users.loadUserByUsername(council.user(Role.PERFORMANCE_OFFICER).username());
        mvc.perform(get("/people/search").param("name", "Amira").with(user(officer)))
                .andExpect(status().isForbidden()).andExpect(forwardedUrl("/no-access"));

        String page = mvc.perform(get("/no-access").with(user(officer))
                        .requestAttr(RequestDispatcher.FORWARD_REQUEST_URI, "/people/search"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Performance officers see figures, not people", "href=\"/figures\"")
                .doesNotContain("You do not have access to this record");
    }

    @Test
    void anyoneElseRefusedARecordIsToldWhoRecordsAreOpenTo() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        UserDetails referrer = users.loadUserByUsername(council.user(Role.PARTNER_REFERRER).username());
        String page = mvc.perform(get("/no-access").with(user(referrer))
                        .requestAttr(RequestDispatcher.FORWARD_REQUEST_URI, "/people/search"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("You do not have access to this record").doesNotContain("Performance officers");
    }
}

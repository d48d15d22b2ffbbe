package hearth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Signing in and out. The test profile locks an account after 3 failures (5 in the default
 * run); a failed sign-in never says whether the username exists.
 */
@HearthTest
class SignInIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired FixtureCouncil fixtures;
    @Autowired Staff staff;

    @Test
    void signsInWithTheRightPassword() throws Exception {
        String username = fixtures.create().user(Role.SOCIAL_WORKER).username();
        mvc.perform(formLogin("/sign-in").user(username).password(FixtureCouncil.PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void repeatedFailuresLockTheAccountEvenAgainstTheRightPasswordUntilAnAdministratorUnlocksIt() throws Exception {
        StaffMember worker = fixtures.create().user(Role.SOCIAL_WORKER);
        for (int i = 0; i < 3; i++) {
            mvc.perform(formLogin("/sign-in").user(worker.username()).password("wrong"))
                    .andExpect(redirectedUrl("/sign-in?error"));
        }
        mvc.perform(formLogin("/sign-in").user(worker.username()).password(FixtureCouncil.PASSWORD))
                .andExpect(redirectedUrl("/sign-in?error")).andExpect(unauthenticated());
        staff.unlock(worker.id());
        mvc.perform(formLogin("/sign-in").user(worker.username()).password(FixtureCouncil.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() throws Exception {
        StaffMember worker = fixtures.create().user(Role.SOCIAL_WORKER);
        for (int i = 0; i < 2; i++) {
            mvc.perform(formLogin("/sign-in").user(worker.username()).password("wrong"));
        }
        mvc.perform(formLogin("/sign-in").user(worker.username()).password(FixtureCouncil.PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/sign-in").user(worker.username()).password("wrong"))
                .andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(formLogin("/sign-in").user(worker.username()).password(FixtureCouncil.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aLockedAccountGetsTheSameAnswerAsAUsernameThatDoesNotExist() throws Exception {
        StaffMember worker = fixtures.create().user(Role.SOCIAL_WORKER);
        for (int i = 0; i < 3; i++) {
            mvc.perform(formLogin("/sign-in").user(worker.username()).password("wrong"));
        }
        String unknown = answerTo("nobody." + System.nanoTime(), FixtureCouncil.PASSWORD);
        assertThat(answerTo(worker.username(), FixtureCouncil.PASSWORD)).isEqualTo(unknown);
        assertThat(answerTo(worker.username(), "wrong")).isEqualTo(unknown);
        assertThat(mvc.perform(get(unknown)).andReturn().getResponse().getContentAsString())
                .contains("Enter a correct username and password").doesNotContain("Your account");
    }

    @Test
    void theTimeOutSignsOutOnTheServerAndSaysWhy() throws Exception {
        String username = fixtures.create().user(Role.SOCIAL_WORKER).username();
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/sign-in").user(username)
                .password(FixtureCouncil.PASSWORD)).andReturn().getRequest().getSession();
        mvc.perform(get("/my-work").session(session)).andExpect(status().isOk());
        mvc.perform(post("/sign-out").param("timeout", "1").with(csrf()).session(session))
                .andExpect(redirectedUrl("/signed-out?timeout"));
        assertThat(session.isInvalid()).isTrue();
        assertThat(mvc.perform(get("/signed-out?timeout")).andReturn().getResponse().getContentAsString())
                .contains("You were inactive for too long");
    }

    @Test
    void signingOutEndsTheSessionSoItsCookieOpensNothing() throws Exception {
        String username = fixtures.create().user(Role.SOCIAL_WORKER).username();
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/sign-in").user(username)
                .password(FixtureCouncil.PASSWORD)).andReturn().getRequest().getSession();
        mvc.perform(post("/sign-out").with(csrf()).session(session)).andExpect(redirectedUrl("/signed-out"));
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/my-work").cookie(new Cookie("JSESSIONID", session.getId())))
                .andExpect(unauthenticated()).andExpect(status().is3xxRedirection());
    }

    /** Where a failed sign-in sends the browser: the whole of what a stranger learns. */
    private String answerTo(String username, String password) throws Exception {
        return mvc.perform(formLogin("/sign-in").user(username).password(password)).andExpect(unauthenticated())
                .andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void colleaguesOnRecordWithoutAPasswordCannotSignIn() throws Exception {
        StaffMember colleague = staff.createUser(new Staff.NewUser("nopass" + System.nanoTime(), "No Password",
                Role.SOCIAL_WORKER, null, null, null));
        mvc.perform(formLogin("/sign-in").user(colleague.username()).password("!")).andExpect(redirectedUrl("/sign-in?error"));
    }
}

package hearth.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The test profile locks an account after 3 failures (5 in the default run). */
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
                .andExpect(redirectedUrl("/sign-in?locked"));
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
    void colleaguesOnRecordWithoutAPasswordCannotSignIn() throws Exception {
        StaffMember colleague = staff.createUser(new Staff.NewUser("nopass" + System.nanoTime(), "No Password",
                Role.SOCIAL_WORKER, null, null, null));
        mvc.perform(formLogin("/sign-in").user(colleague.username()).password("!")).andExpect(redirectedUrl("/sign-in?error"));
    }
}

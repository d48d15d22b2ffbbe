package hearth.demo;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.HearthTest;
import hearth.platform.Progress;
import java.io.PrintStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** While the demo council is being made, the sign-in page says why the demo logins do not work yet. */
@HearthTest
class DemoGenerationNoticeIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired DemoGenerationStatus status;

    @AfterEach
    void ready() {
        status.ended();
    }

    @Test
    void theSignInPageSaysTheDemoCouncilIsStillBeingMadeWithItsProgress() throws Exception {
        status.began(60_000);
        Progress cases = new Progress(new PrintStream(PrintStream.nullOutputStream()), "Cases and their pathways", 200);
        cases.advance(50);
        status.stepStarted(3, 7, "Cases and their pathways", cases);
        mvc.perform(get("/sign-in")).andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-warning-text")))
                .andExpect(content().string(containsString("The demo council is still being made: sign-in works "
                        + "when it is ready (about 150 seconds).")))
                .andExpect(content().string(containsString("Step 3 of 7: cases and their pathways, 25% done.")));
    }

    @Test
    void theNoticeGoesWhenTheCouncilIsReady() throws Exception {
        status.began(60_000);
        status.ended();
        mvc.perform(get("/sign-in")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("still being made"))))
                .andExpect(content().string(not(containsString("govuk-warning-text"))));
    }
}

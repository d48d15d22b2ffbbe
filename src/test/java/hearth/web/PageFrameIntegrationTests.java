package hearth.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import hearth.platform.PersonId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The frame every page shares, as a browser fetches it: the stylesheets, scripts, fonts and
 * images it asks for are there (for a stranger too, since the sign-in page needs them), the one
 * inline script is allowed by the Content-Security-Policy, and a case file page names its child
 * only to someone the record is open to.
 */
@HearthTest
class PageFrameIntegrationTests {

    static final String GOVUK_CSS = "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css";

    @Autowired MockMvc mvc;
    @Autowired FixtureCouncil fixtures;
    @Autowired UserDetailsService users;

    @Test
    void everyFontAndImageGovukFrontendsStylesheetAsksForIsServedToAStranger() throws Exception {
        String css = anonymous(GOVUK_CSS).getContentAsString();
        List<String> urls = new ArrayList<>();
        Matcher url = Pattern.compile("url\\(([^)]+)\\)").matcher(css);
        while (url.find()) {
            urls.add(url.group(1).replace("\"", "").replace("'", ""));
        }
        assertThat(urls).as("the stylesheet's fonts").anyMatch(u -> u.endsWith(".woff2"));
        for (String asset : urls) {
            MockHttpServletResponse response = anonymous(asset);
            assertThat(response.getStatus()).as(asset).isEqualTo(200);
            assertThat(response.getContentType()).as(asset)
                    .startsWith(asset.contains("/fonts/") ? "font/" : "image/");
        }
    }

    @Test
    void hearthsOwnStylesheetScriptAndIconReachTheSignInPage() throws Exception {
        assertThat(anonymous("/hearth/hearth.css").getContentType()).startsWith("text/css");
        assertThat(anonymous("/hearth/hearth.js").getContentType()).contains("javascript");
        assertThat(anonymous("/assets/images/favicon.ico").getStatus()).isEqualTo(200);
        assertThat(anonymous("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js").getContentType())
                .contains("javascript");
    }

    @Test
    void everythingElseStillNeedsASignIn() throws Exception {
        for (String page : List.of("/my-work", "/children/" + UUID.randomUUID() + "/visits")) {
            MockHttpServletResponse response = mvc.perform(get(page)).andReturn().getResponse();
            assertThat(response.getRedirectedUrl()).as(page).endsWith("/sign-in");
        }
    }

    @Test
    void thePolicyAllowsTheLayoutsInlineScriptByItsHashAndNoOtherInlineScript() throws Exception {
        MockHttpServletResponse page = anonymous("/sign-in");
        Matcher inline = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(page.getContentAsString());
        assertThat(inline.find()).as("the page's inline script").isTrue();
        assertThat(inline.group(1)).contains("govuk-frontend-supported");
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(inline.group(1).getBytes(StandardCharsets.UTF_8)));
        String policy = page.getHeader("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self' 'sha256-" + hash + "';")
                .doesNotContain("unsafe-inline");
        assertThat(inline.find()).as("a second inline script").isFalse();
    }

    @Test
    void aRefusedSignInSaysErrorFirstInTheTitle() throws Exception {
        assertThat(anonymous("/sign-in").getContentAsString()).contains("<title>Sign in – Hearth</title>");
        assertThat(anonymous("/sign-in?error").getContentAsString()).contains("<title>Error: Sign in – Hearth</title>");
    }

    @Test
    void aCaseFilePageNamesTheChildOnlyToSomeoneItIsOpenTo() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        PersonId child = fixtures.allocatedChild(council);
        String name = "Amira Fixture" + council.tag();

        String allowed = signedIn(council.user(Role.SOCIAL_WORKER).username(), "/children/" + child + "/visits");
        assertThat(allowed).contains("<title>Visits – " + name + " – Hearth</title>")
                .contains("<span class=\"govuk-caption-l\">" + name + "</span>");

        String refused = signedIn(council.outsider().username(), "/children/" + child + "/visits");
        assertThat(refused).contains("You do not have access to this record").doesNotContain(name);
    }

    @Test
    void aCaseworkPageOfTheChildsRecordNamesTheChildToo() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        PersonId child = fixtures.allocatedChild(council);
        String name = "Amira Fixture" + council.tag();

        String transfer = signedIn(council.user(Role.SOCIAL_WORKER).username(), "/children/" + child + "/transfer");
        assertThat(transfer).contains("<title>Transfer to another team – " + name + " – Hearth</title>")
                .contains("<span class=\"govuk-caption-l\">" + name + "</span>");
        assertThat(signedIn(council.outsider().username(), "/children/" + child + "/transfer")).doesNotContain(name);
    }

    private MockHttpServletResponse anonymous(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    private String signedIn(String username, String path) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(username)))).andReturn().getResponse()
                .getContentAsString();
    }
}

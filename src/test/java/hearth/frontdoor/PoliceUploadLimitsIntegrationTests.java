package hearth.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The police file upload refuses files it cannot read safely, with a message on the page. */
@HearthTest
class PoliceUploadLimitsIntegrationTests {

    static final String HEADER = "notification_ref,force,incident_datetime,incident_type,officer_risk_grading,summary,"
            + "person_role,surname,forenames\n";

    @Autowired FixtureCouncil fixtures;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    @Test
    void aFileSavedAsUtf16IsRefusedWholeWithAMessage() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        MockHttpServletResponse page = upload(council, file(council, "Zoë").getBytes(StandardCharsets.UTF_16));
        assertThat(page.getContentAsString()).contains("govuk-error-summary", "UTF-16", "CSV UTF-8");
        assertThat(contactsFrom(council)).isZero();
    }

    @Test
    void aFileSavedAsWindows1252IsRefusedWholeWithAMessage() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        MockHttpServletResponse page = upload(council, file(council, "Zoë").getBytes(Charset.forName("windows-1252")));
        assertThat(page.getContentAsString()).contains("govuk-error-summary", "not saved as UTF-8");
        assertThat(contactsFrom(council)).isZero();
    }

    @Test
    void aUtf8FileWithAByteOrderMarkIsRead() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        byte[] text = file(council, "Zoë").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertThat(upload(council, withBom).getContentAsString()).contains("id=\"created\">1<");
        assertThat(jdbc.sql("SELECT count(*) FROM contact_child WHERE forenames = 'Zoë' AND surname = :s")
                .param("s", "Upload" + council.tag()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aFileOverTwentyMegabytesIsRefusedWithAMessage() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        MockHttpServletResponse page = upload(council, padded(file(council, "Zoe"), 21 * 1024 * 1024));
        assertThat(page.getContentAsString()).contains("govuk-error-summary", "smaller than 20 MB");
        assertThat(contactsFrom(council)).isZero();
    }

    /** Far over the limit the file is turned back before it is read; the sender gets the page, not a reset. */
    @Test
    void aFarLargerFileSentOverHttpGetsThePageWithTheMessage() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        signIn(browser, council.user(Role.MASH_PRACTITIONER).username());
        String form = browser.send(get("/front-door/police-notifications"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher action = Pattern.compile("action=\"([^\"]*_csrf=[^\"]+)\"").matcher(form);
        assertThat(action.find()).as(form).isTrue();
        String boundary = "----hearth" + council.tag();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(padded(file(council, "Zoe"), 30 * 1024 * 1024));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/front-door/police-notifications");
        assertThat(page.body()).contains("govuk-error-summary", "smaller than 20 MB");
        assertThat(contactsFrom(council)).isZero();
    }

    private void signIn(HttpClient browser, String username) throws Exception {
        String page = browser.send(get("/sign-in"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as(page).isTrue();
        String form = "username=" + enc(username) + "&password=" + enc(FixtureCouncil.PASSWORD) + "&_csrf="
                + enc(token.group(1));
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.uri().getPath()).isEqualTo("/");
    }

    private MockHttpServletResponse upload(FixtureCouncil.Council council, byte[] bytes) throws Exception {
        var hub = user(users.loadUserByUsername(council.user(Role.MASH_PRACTITIONER).username()));
        return mvc.perform(multipart("/front-door/police-notifications")
                .file(new MockMultipartFile("file", "notifications.csv", "text/csv", bytes)).with(hub).with(csrf()))
                .andReturn().getResponse();
    }

    private long contactsFrom(FixtureCouncil.Council council) {
        return jdbc.sql("SELECT count(*) FROM contact_child WHERE surname = :s").param("s", "Upload" + council.tag())
                .query(Long.class).single();
    }

    private static String file(FixtureCouncil.Council council, String forenames) {
        return HEADER + "N-" + council.tag() + ",Test Police " + council.tag()
                + ",2026-11-20T23:40,domestic abuse,medium,Argument,child,Upload" + council.tag() + "," + forenames + "\n";
    }

    /** The file, then blank lines (which the reader skips) up to the size. */
    private static byte[] padded(String file, int size) {
        byte[] bytes = new byte[size];
        byte[] text = file.getBytes(StandardCharsets.UTF_8);
        java.util.Arrays.fill(bytes, (byte) '\n');
        System.arraycopy(text, 0, bytes, 0, text.length);
        return bytes;
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

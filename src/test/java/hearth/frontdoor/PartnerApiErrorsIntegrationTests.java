package hearth.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.HearthTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The partner API's errors as a partner's system meets them over HTTP, including those
 * answered by filters before any controller runs: each is application/problem+json with a
 * type whose page on Hearth explains it, never a 5xx, and nothing is stored.
 */
@HearthTest
class PartnerApiErrorsIntegrationTests {

    static final String PROBLEM_JSON = "application/problem+json";

    @LocalServerPort int port;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    HttpClient http = HttpClient.newHttpClient();
    String referrals;
    String notifications;

    @BeforeEach
    void tokens() throws Exception {
        referrals = token("oakfield-primary", "referrals");
        notifications = token("brackenford-police", "notifications");
    }

    @Test
    void noTokenIsA401ProblemWithTheBearerChallenge() throws Exception {
        HttpResponse<String> response = send(request("/api/v1/referrals").GET());
        assertProblem(response, 401, "unauthenticated");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("Bearer"));
        assertProblem(send(request("/api/v1/referrals").header("Authorization", "Bearer not.a.token").GET()), 401,
                "unauthenticated");
    }

    @Test
    void aTokenWithoutTheScopeIsA403Problem() throws Exception {
        assertProblem(send(request("/api/v1/referrals").header("Authorization", "Bearer " + notifications).GET()), 403,
                "forbidden");
        assertProblem(send(authorised(request("/api/v1/police-notifications"), referrals)
                .POST(HttpRequest.BodyPublishers.ofString("{}"))), 403, "forbidden");
    }

    @Test
    void theWrongMethodMediaTypeOrAddressIsAProblemNotAPage() throws Exception {
        HttpResponse<String> put = send(authorised(request("/api/v1/referrals"), referrals)
                .PUT(HttpRequest.BodyPublishers.ofString("{}")));
        assertProblem(put, 405, "method-not-allowed");
        assertThat(put.headers().firstValue("Allow")).isPresent();
        assertProblem(send(authorised(request("/api/v1/referrals"), referrals).header("Accept", "text/html").GET()),
                406, "not-acceptable");
        assertProblem(send(authorised(request("/api/v1/referrals"), referrals).header("Content-Type", "text/plain")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("worry"))), 415, "unsupported-media-type");
        assertProblem(send(authorised(request("/api/v1/referrals/" + UUID.randomUUID()), referrals).GET()), 404,
                "not-found");
        assertProblem(send(authorised(request("/api/v1/referrals/" + UUID.randomUUID() + "/extra"), referrals).GET()),
                404, "not-found");
        HttpResponse<String> badId = send(authorised(request("/api/v1/referrals/not-an-id"), referrals).GET());
        assertProblem(badId, 400, "invalid-fields");
        assertThat(json.readTree(badId.body()).get("errors").propertyNames()).containsExactly("id");
    }

    @Test
    void aBodyOverTheLimitIs413BeforeItIsReadWhetherItsLengthIsDeclaredOrNot() throws Exception {
        long before = storedReferrals();
        String huge = referral("Huge", "x".repeat(2 * 1024 * 1024));
        assertProblem(post("/api/v1/referrals", referrals, huge), 413, "body-too-large");
        HttpResponse<String> chunked = send(authorised(request("/api/v1/referrals"), referrals)
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)))));
        assertProblem(chunked, 413, "body-too-large");
        assertThat(storedReferrals()).isEqualTo(before);
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadAsUsual() throws Exception {
        String body = referral("Chunked" + UUID.randomUUID().toString().substring(0, 6), "Seems frightened at home.");
        HttpResponse<String> response = send(authorised(request("/api/v1/referrals"), referrals)
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))));
        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void malformedReferralsAreProblemsNamingTheFieldAndStoreNothing() throws Exception {
        long before = storedReferrals();
        assertProblem(post("/api/v1/referrals", referrals, "null"), 400, "malformed-body");
        assertProblem(post("/api/v1/referrals", referrals, ""), 400, "malformed-body");
        assertProblem(post("/api/v1/referrals", referrals, "{\"children\": "), 400, "malformed-body");
        assertProblem(post("/api/v1/referrals", referrals, "[1, 2]"), 400, "malformed-body");
        assertErrors(post("/api/v1/referrals", referrals, referral("Nulls", "Worried").replaceFirst(
                "\"children\": \\[", "\"children\": [null, ")), 400, "invalid-fields", "children[0]");
        assertErrors(post("/api/v1/referrals", referrals, referral("Types", "Worried").replace(
                "\"factors\": [\"3A\"]", "\"factors\": {\"a\": 1}")), 400, "malformed-body", "factors");
        assertErrors(post("/api/v1/referrals", referrals, referral("Types", "Worried").replace(
                "\"surname\": \"Types\"", "\"surname\": [\"Types\"]")), 400, "malformed-body", "children[0].surname");
        assertErrors(post("/api/v1/referrals", referrals, referral("Long", "w".repeat(20_001))), 400,
                "invalid-fields", "worry");
        assertErrors(post("/api/v1/referrals", referrals, referral("N".repeat(101), "Worried")), 400, "invalid-fields",
                "children[0].surname");
        assertErrors(post("/api/v1/referrals", referrals, referral("Nul", "Worried \\u0000 about")), 400,
                "invalid-fields", "worry");
        assertErrors(post("/api/v1/referrals", referrals, referral("Date", "Worried").replace("2016-04-01",
                "2026-02-31")), 400, "invalid-fields", "children[0].dateOfBirth");
        assertThat(storedReferrals()).isEqualTo(before);
        assertThat(post("/api/v1/referrals", referrals, referral("Worry", "w".repeat(20_000))).statusCode())
                .isEqualTo(201);
    }

    @Test
    void malformedNotificationsAreProblemsNamingTheFieldAndStoreNothing() throws Exception {
        long before = storedReferrals();
        String ref = "ERR-" + UUID.randomUUID();
        assertProblem(post("/api/v1/police-notifications", notifications, "null"), 400, "malformed-body");
        assertErrors(post("/api/v1/police-notifications", notifications, notification(ref, "[null]")), 400,
                "invalid-fields", "people[0]");
        assertErrors(post("/api/v1/police-notifications", notifications, notification(ref, "\"Okafor\"")), 400,
                "malformed-body", "people");
        assertErrors(post("/api/v1/police-notifications", notifications, notification(ref,
                "[{\"role\": \"child\", \"surname\": \"%s\"}]".formatted("S".repeat(101)))), 400, "invalid-fields",
                "people[0].surname");
        assertErrors(post("/api/v1/police-notifications", notifications, notification(ref,
                "[{\"role\": \"child\", \"surname\": \"Okafor\", \"dateOfBirth\": \"2019-02-30\"}]")), 400,
                "invalid-fields", "people[0]");
        assertThat(storedReferrals()).isEqualTo(before);
    }

    @Test
    void eachProblemTypeIsAPageOnHearthThatExplainsIt() throws Exception {
        HttpResponse<String> problem = send(request("/api/v1/referrals").GET());
        String type = json.readTree(problem.body()).get("type").asString();
        assertThat(type).isEqualTo("http://localhost:" + port + "/api/problems/unauthenticated");
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(type)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("A valid bearer token is needed", "/oauth2/token");
    }

    private long storedReferrals() {
        return jdbc.sql("SELECT (SELECT count(*) FROM contact) + (SELECT count(*) FROM contact_child)"
                + " + (SELECT count(*) FROM api_request)").query(Long.class).single();
    }

    private void assertErrors(HttpResponse<String> response, int status, String type, String field) {
        assertProblem(response, status, type);
        assertThat(json.readTree(response.body()).get("errors").propertyNames()).contains(field);
    }

    private void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith(PROBLEM_JSON));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asString()).endsWith("/api/problems/" + type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
    }

    private HttpResponse<String> post(String path, String token, String body) throws Exception {
        return send(authorised(request(path), token).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString()).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token(String client, String scope) throws Exception {
        String basic = Base64.getEncoder().encodeToString((client + ":" + ReferralsApiIntegrationTests.SECRET)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(request("/oauth2/token").header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=" + scope)));
        return json.readTree(response.body()).get("access_token").asString();
    }

    static String referral(String surname, String worry) {
        return """
                {"referralSource": "2A",
                 "children": [{"forenames": "Nia", "surname": "%s", "dateOfBirth": "2016-04-01"}],
                 "worry": "%s", "factors": ["3A"], "urgency": "URGENT", "consent": "GIVEN",
                 "referrer": {"name": "Dee Lead", "phone": "01632 960555"}}
                """.formatted(surname, worry);
    }

    static String notification(String ref, String people) {
        return """
                {"notificationRef": "%s", "incidentDateTime": "2026-11-20T23:40", "incidentType": "domestic abuse",
                 "officerRiskGrading": "medium", "summary": "Argument; children asleep upstairs.", "people": %s}
                """.formatted(ref, people);
    }
}

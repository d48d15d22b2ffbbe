package hearth.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import hearth.HearthTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The partner API as a partner system meets it: a token, then referrals. */
@HearthTest
class ReferralsApiIntegrationTests {

    static final String SECRET = "test-client-secret";

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    @Test
    void aReferralAcceptedOnceIsNotCreatedAgainWhenResentWithTheSameKey() throws Exception {
        String token = token("oakfield-primary", "referrals");
        String key = UUID.randomUUID().toString();
        String body = referral("Api" + key.substring(0, 6));
        MockHttpServletResponse first = send(token, key, body);
        assertThat(first.getStatus()).isEqualTo(201);
        String id = json.readTree(first.getContentAsString()).get("id").asString();
        assertThat(first.getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/v1/referrals/" + id);

        MockHttpServletResponse again = send(token, key, body);
        assertThat(again.getStatus()).isEqualTo(201);
        assertThat(again.getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(json.readTree(again.getContentAsString()).get("id").asString()).isEqualTo(id);
        assertThat(jdbc.sql("SELECT count(*) FROM contact_child WHERE surname = :s")
                .param("s", "Api" + key.substring(0, 6)).query(Integer.class).single()).isEqualTo(1);

        MockHttpServletResponse reused = send(token, key, referral("Different"));
        assertThat(reused.getStatus()).isEqualTo(422);
    }

    @Test
    void badPayloadsGetAProblemDetailNamingEachBadField() throws Exception {
        String token = token("oakfield-primary", "referrals");
        String body = """
                {"children": [{"forenames": "", "surname": "Bad", "dateOfBirth": "2019-02-31"}],
                 "urgency": "SOON", "consent": "MAYBE", "referrer": {}}""";
        MockHttpServletResponse response = send(token, UUID.randomUUID().toString(), body);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode errors = json.readTree(response.getContentAsString()).get("errors");
        assertThat(errors.propertyNames()).contains("children[0].dateOfBirth", "urgency", "consent");

        String fixedTypes = """
                {"children": [{"forenames": "", "surname": "Bad"}], "urgency": "STANDARD",
                 "consent": "NOT_SOUGHT_OTHER", "referrer": {}}""";
        JsonNode rules = json.readTree(send(token, UUID.randomUUID().toString(), fixedTypes).getContentAsString())
                .get("errors");
        assertThat(rules.propertyNames()).contains("children[0].forenames", "worry", "consentReason", "referrer.name",
                "referrer.phone");
        assertThat(send(token, UUID.randomUUID().toString(), "{not json").getStatus()).isEqualTo(400);
        assertThat(send(token, null, referral("NoKey")).getStatus()).isEqualTo(400);
    }

    @Test
    void referrersSeeOnlyTheirOwnOrganisationsReferrals() throws Exception {
        String school = token("oakfield-primary", "referrals");
        String police = token("brackenford-police", "referrals");
        String id = json.readTree(send(school, UUID.randomUUID().toString(), referral("Own")).getContentAsString())
                .get("id").asString();
        assertThat(mvc.perform(get("/api/v1/referrals/" + id).header("Authorization", "Bearer " + school))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        MockHttpServletResponse other = mvc.perform(get("/api/v1/referrals/" + id)
                .header("Authorization", "Bearer " + police)).andReturn().getResponse();
        assertThat(other.getStatus()).isEqualTo(404);
        String list = mvc.perform(get("/api/v1/referrals").header("Authorization", "Bearer " + police))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain(id);
    }

    @Test
    void noTokenOrTheWrongScopeIsRefused() throws Exception {
        assertThat(mvc.perform(get("/api/v1/referrals")).andReturn().getResponse().getStatus()).isEqualTo(401);
        String notifications = token("brackenford-police", "notifications");
        assertThat(mvc.perform(get("/api/v1/referrals").header("Authorization", "Bearer " + notifications))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/oauth2/token").with(r -> {
            r.addHeader(HttpHeaders.AUTHORIZATION, basic("oakfield-primary", "wrong"));
            return r;
        }).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("grant_type=client_credentials&scope=referrals"))
                .andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void aForceSendsANotificationOnceEvenWhenItSendsItTwice() throws Exception {
        String token = token("brackenford-police", "notifications");
        String ref = "API-" + UUID.randomUUID();
        String body = """
                {"notificationRef": "%s", "incidentRef": "INC-9", "incidentDateTime": "2026-11-20T23:40",
                 "incidentType": "domestic abuse", "officerRiskGrading": "medium", "dashRisk": "medium",
                 "summary": "Argument; children asleep upstairs.", "officer": "PC 4471",
                 "people": [{"role": "victim", "surname": "Okafor", "forenames": "Grace", "dateOfBirth": "1991-03-14"},
                            {"role": "child", "surname": "Okafor", "forenames": "Amara", "dateOfBirth": "2017-09-30"}]}
                """.formatted(ref);
        MockHttpServletResponse first = notify(token, body);
        MockHttpServletResponse again = notify(token, body);
        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(json.readTree(again.getContentAsString()).get("contactId").asString())
                .isEqualTo(json.readTree(first.getContentAsString()).get("contactId").asString());
        MockHttpServletResponse bad = notify(token, body.replace(ref, ref + "-2").replace("\"medium\", \"dashRisk\"",
                "\"severe\", \"dashRisk\"").replace("\"child\"", "\"other adult\""));
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(json.readTree(bad.getContentAsString()).get("errors").propertyNames()).contains("people[0]");
    }

    private MockHttpServletResponse notify(String token, String body) throws Exception {
        return mvc.perform(post("/api/v1/police-notifications").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    @Test
    void theApiIsDescribedWithOpenApi() throws Exception {
        String spec = mvc.perform(get("/api/openapi.yaml")).andReturn().getResponse().getContentAsString();
        assertThat(spec).contains("openapi: 3.1.0", "/api/v1/referrals:", "/api/v1/referrals/{id}:",
                "/api/v1/police-notifications:", "clientCredentials");
    }

    private MockHttpServletResponse send(String token, String key, String body) throws Exception {
        var request = post("/api/v1/referrals").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private String token(String client, String scope) throws Exception {
        String response = mvc.perform(post("/oauth2/token").with(r -> {
            r.addHeader(HttpHeaders.AUTHORIZATION, basic(client, SECRET));
            return r;
        }).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("grant_type=client_credentials&scope=" + scope))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("access_token").asString();
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }

    private static String referral(String surname) {
        return """
                {"referralSource": "2A",
                 "children": [{"forenames": "Nia", "surname": "%s", "dateOfBirth": "2016-04-01", "postcode": "BK2 3AB"}],
                 "worry": "Nia has said she is frightened to go home.", "childSaid": "I don't want to go home",
                 "factors": ["3A"], "urgency": "URGENT", "consent": "GIVEN",
                 "referrer": {"name": "Dee Lead", "role": "Designated safeguarding lead", "phone": "01632 960555"}}
                """.formatted(surname);
    }
}

package hearth.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import hearth.HearthTest;
import hearth.MalformedInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Property tests of the partner API's payloads: {@value MalformedInput#CASES} generated
 * bodies each, from a valid payload with fields removed, nulled, given the wrong JSON type
 * or malformed text, and some bodies that are not JSON at all. Each is stored whole (2xx)
 * or refused with a problem detail (4xx) storing nothing; none is a 5xx.
 */
@HearthTest
class MalformedApiPayloadsIntegrationTests {

    /** A field left out of the generated JSON. */
    private static final Object MISSING = new Object();

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    @Test
    void malformedReferralsAreProblemDetailsNeverFaults() throws Exception {
        Arbitrary<Object> child = object(Map.of("forenames", "Nia", "surname", "Fuzz", "dateOfBirth", "2016-04-01",
                "address", "1 Test Road", "postcode", "BK1 1AA"));
        Arbitrary<Object> referrer = object(Map.of("name", "Dee Lead", "role", "DSL", "phone", "01632 960555"));
        Map<String, Arbitrary<Object>> fields = new LinkedHashMap<>();
        fields.put("referralSource", value("2A"));
        fields.put("children", list(child));
        fields.put("family", value("Mother and Nia"));
        fields.put("worry", value("Nia is frightened to go home"));
        fields.put("childSaid", value("I don't want to go home"));
        fields.put("factors", list(value("3A")));
        fields.put("urgency", value("URGENT"));
        fields.put("consent", value("GIVEN"));
        fields.put("consentReason", value(MISSING));
        fields.put("referrer", referrer.map(r -> (Object) r));
        fuzz("/api/v1/referrals", token("oakfield-primary", "referrals"), object(fields));
    }

    @Test
    void malformedPoliceNotificationsAreProblemDetailsNeverFaults() throws Exception {
        Arbitrary<Object> person = object(Map.of("role", "child", "surname", "Fuzz", "forenames", "Amara",
                "dateOfBirth", "2017-09-30", "sex", "F", "address", "1 Test Road", "postcode", "BK1 1AA"));
        Map<String, Arbitrary<Object>> fields = new LinkedHashMap<>();
        fields.put("notificationRef", Arbitraries.create(() -> (Object) ("FUZZ-" + UUID.randomUUID())));
        fields.put("incidentRef", value("INC-1"));
        fields.put("incidentDateTime", value("2026-11-20T23:40"));
        fields.put("incidentType", value("domestic abuse"));
        fields.put("locationPostcode", value("BK1 1AA"));
        fields.put("officerRiskGrading", value("medium"));
        fields.put("dashRisk", value("high"));
        fields.put("summary", value("Argument; children asleep upstairs"));
        fields.put("officer", value("PC 4471"));
        fields.put("people", list(person));
        fuzz("/api/v1/police-notifications", token("brackenford-police", "notifications"), object(fields));
    }

    private void fuzz(String path, String token, Arbitrary<Object> payloads) throws Exception {
        Arbitrary<String> bodies = Arbitraries.frequencyOf(
                Tuple.of(9, payloads.map(json::writeValueAsString)),
                Tuple.of(1, MalformedInput.text()));
        int stored = 0;
        int refused = 0;
        for (String body : bodies.sampleStream().limit(MalformedInput.CASES).toList()) {
            Map<String, Long> before = MalformedInput.rows(jdbc);
            MockHttpServletResponse response = mvc.perform(post(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON)
                    .content(body)).andReturn().getResponse();
            MalformedInput.assertStoredWholeOrRefused(path + " " + MalformedInput.abbreviated(body),
                    response.getStatus(), response.getContentAsString(), before, MalformedInput.rows(jdbc));
            if (response.getStatus() >= 400) {
                assertThat(response.getContentType()).startsWith("application/problem+json");
                JsonNode problem = json.readTree(response.getContentAsString());
                assertThat(problem.get("detail").asString()).as(MalformedInput.abbreviated(body)).isNotBlank();
                assertThat(problem.get("type").asString()).contains("/api/problems/");
                refused++;
            } else {
                stored++;
            }
        }
        assertThat(stored).as("generated payloads that were stored").isPositive();
        assertThat(refused).as("generated payloads that were refused").isPositive();
    }

    /** The valid value mostly; otherwise missing, null, the wrong JSON type or malformed text. */
    private static Arbitrary<Object> value(Object valid) {
        return Arbitraries.frequencyOf(
                Tuple.of(80, Arbitraries.just(valid)),
                Tuple.of(2, Arbitraries.just(MISSING)),
                Tuple.of(4, MalformedInput.text().map(t -> (Object) t)),
                Tuple.of(1, Arbitraries.integers().map(n -> (Object) n)),
                Tuple.of(1, Arbitraries.of(true, false).map(b -> (Object) b)),
                Tuple.of(1, Arbitraries.just(List.of("x", 1))),
                Tuple.of(1, Arbitraries.just(Map.of("a", 1)))).injectNull(0.04);
    }

    private static Arbitrary<Object> list(Arbitrary<Object> element) {
        Arbitrary<Object> items = element.injectNull(0.05).list().ofMinSize(0).ofMaxSize(3).map(l -> (Object) l);
        return Arbitraries.frequencyOf(Tuple.of(9, element.list().ofSize(1).map(l -> (Object) l)),
                Tuple.of(4, items), Tuple.of(2, value(MISSING)));
    }

    private static Arbitrary<Object> object(Map<String, ?> valid) {
        Map<String, Arbitrary<Object>> fields = new LinkedHashMap<>();
        valid.forEach((name, v) -> fields.put(name, v instanceof Arbitrary<?> a ? a.map(x -> (Object) x) : value(v)));
        List<String> names = new ArrayList<>(fields.keySet());
        return Combinators.combine(new ArrayList<>(fields.values())).as(values -> {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                if (values.get(i) != MISSING) {
                    object.put(names.get(i), values.get(i));
                }
            }
            return (Object) object;
        });
    }

    private String token(String client, String scope) throws Exception {
        String basic = java.util.Base64.getEncoder().encodeToString((client + ":" + ReferralsApiIntegrationTests.SECRET)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String response = mvc.perform(post("/oauth2/token").header(HttpHeaders.AUTHORIZATION, "Basic " + basic)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("grant_type=client_credentials&scope=" + scope))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("access_token").asString();
    }
}

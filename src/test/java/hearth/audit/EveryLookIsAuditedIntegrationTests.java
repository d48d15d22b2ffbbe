package hearth.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.frontdoor.ContactId;
import hearth.frontdoor.ContactQueries;
import hearth.frontdoor.FrontDoor;
import hearth.people.FamilyNetwork;
import hearth.people.PersonDetails;
import hearth.people.PersonIndex;
import hearth.people.PersonKind;
import hearth.people.RelationshipType;
import hearth.platform.PersonId;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Each kind of read of one child's data, and each kind of change, leaves an entry naming the child. */
@HearthTest
class EveryLookIsAuditedIntegrationTests {

    private static final String API_SECRET = "test-client-secret";

    @Autowired FixtureCouncil fixtures;
    @Autowired FrontDoor frontDoor;
    @Autowired ContactQueries contacts;
    @Autowired PersonIndex people;
    @Autowired FamilyNetwork family;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JsonMapper json;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void openingACaseFileIsAuditedWithTheChild() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        PersonId child = fixtures.allocatedChild(council);
        look(council, Role.SOCIAL_WORKER, "/children/" + child);
        assertThat(entries(child, "VIEW_CASE_FILE")).containsExactly(council.user(Role.SOCIAL_WORKER).username());
    }

    @Test
    void openingAPersonPageIsAuditedWithThePerson() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        StaffMember worker = council.user(Role.SOCIAL_WORKER);
        PersonId child = fixtures.allocatedChild(council);
        PersonId mother = people.record(new PersonDetails(PersonKind.ADULT, "Rana", "Parent" + council.tag(),
                LocalDate.now().minusYears(33), null, "F", "WBRI", "eng", List.of(), null, null, null), worker, true);
        family.relate(mother, child, RelationshipType.PARENT, true, worker);
        look(council, Role.SOCIAL_WORKER, "/people/" + mother);
        assertThat(entries(mother, "VIEW_PERSON")).containsExactly(worker.username());
    }

    @Test
    void readingAChronologyIsAuditedWithTheChild() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        PersonId child = fixtures.allocatedChild(council);
        look(council, Role.SOCIAL_WORKER, "/children/" + child + "/chronology");
        assertThat(entries(child, "VIEW_CHRONOLOGY")).containsExactly(council.user(Role.SOCIAL_WORKER).username());
    }

    @Test
    void screeningAContactAboutAMatchedChildIsAuditedWithTheChild() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        PersonId child = fixtures.allocatedChild(council);
        ContactId contact = fixtures.referral(council);
        matchChild(contact, child, council);
        look(council, Role.MASH_PRACTITIONER, "/front-door/contacts/" + contact);
        assertThat(entries(child, "VIEW_CONTACT")).containsExactly(council.user(Role.MASH_PRACTITIONER).username());
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE person_id = :p AND action = 'VIEW_CONTACT'")
                .param("p", child).query(String.class).single()).isEqualTo("contact " + contact);
    }

    @Test
    void aPartnerReadingItsReferralIsAuditedWithEachChildAndThePartnerAsUser() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        PersonId child = fixtures.allocatedChild(council);
        String token = token("oakfield-primary");
        String id = json.readTree(mvc.perform(post("/api/v1/referrals").header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON)
                .content(referral("Read" + council.tag()))).andReturn().getResponse().getContentAsString())
                .get("id").asString();
        assertThat(jdbc.sql("SELECT username FROM audit_entry WHERE action = 'RECORD_ADDED' AND changes ->> 'id' = :id")
                .param("id", id).query(String.class).list()).as("the referral's own record, added by the partner")
                .containsExactly("api:oakfield-primary");
        matchChild(ContactId.of(id), child, council);

        mvc.perform(get("/api/v1/referrals/" + id).header("Authorization", "Bearer " + token));
        assertThat(entries(child, "API_READ_REFERRAL")).containsExactly("api:oakfield-primary");
        mvc.perform(get("/api/v1/referrals").header("Authorization", "Bearer " + token));
        assertThat(entries(child, "API_READ_REFERRAL")).containsExactly("api:oakfield-primary", "api:oakfield-primary");
    }

    @Test
    void aPartnerReadingItsReferralOnTheSiteIsAuditedWithTheMatchedChild() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        PersonId child = fixtures.allocatedChild(council);
        ContactId contact = fixtures.referral(council);
        matchChild(contact, child, council);
        look(council, Role.PARTNER_REFERRER, "/referrals/" + contact);
        assertThat(entries(child, "VIEW_REFERRAL")).containsExactly(council.user(Role.PARTNER_REFERRER).username());
    }

    @Test
    void anEditRecordsEachChangedFieldBeforeAndAfterAndWhoMadeIt() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        StaffMember worker = council.user(Role.SOCIAL_WORKER);
        PersonId child = fixtures.allocatedChild(council);
        signedInAs(worker, () -> {
            people.update(child, 0, details("Amira", "Smyth" + council.tag()), worker);
            return null;
        });
        var change = jdbc.sql("""
                SELECT username, changes -> 'surname' ->> 'from' AS before, changes -> 'surname' ->> 'to' AS after,
                       changes -> 'forenames' IS NOT NULL AS forenames_changed
                FROM audit_entry WHERE person_id = :p AND action = 'RECORD_CHANGED' AND detail = 'person'""")
                .param("p", child).query().singleRow();
        assertThat(change).containsEntry("username", worker.username())
                .containsEntry("before", "Fixture" + council.tag()).containsEntry("after", "Smyth" + council.tag())
                .containsEntry("forenames_changed", false);
        assertThat(page(council, Role.TEAM_MANAGER, "/children/" + child + "/audit"))
                .contains("Surname: Fixture" + council.tag() + " to Smyth" + council.tag());
    }

    @Test
    void anAdditionRecordsTheNewRecord() {
        FixtureCouncil.Council council = fixtures.create();
        StaffMember worker = council.user(Role.SOCIAL_WORKER);
        PersonId child = signedInAs(worker, () -> people.record(details("Zainab", "Added" + council.tag()), worker, true));
        var added = jdbc.sql("""
                SELECT username, changes ->> 'forenames' AS forenames, changes ->> 'surname' AS surname
                FROM audit_entry WHERE person_id = :p AND action = 'RECORD_ADDED' AND detail = 'person'""")
                .param("p", child).query().singleRow();
        assertThat(added).containsEntry("username", worker.username()).containsEntry("forenames", "Zainab")
                .containsEntry("surname", "Added" + council.tag());
    }

    @Test
    void aRemovalRecordsWhatWasRemoved() {
        FixtureCouncil.Council council = fixtures.create();
        StaffMember worker = council.user(Role.SOCIAL_WORKER);
        PersonDetails withId = new PersonDetails(PersonKind.CHILD, "Ola", "Removed" + council.tag(),
                LocalDate.now().minusYears(4), null, "F", "WBRI", "eng", List.of(), null, null, "LA" + council.tag());
        PersonId child = people.record(withId, worker, true);
        signedInAs(worker, () -> {
            people.update(child, 0, details("Ola", "Removed" + council.tag()), worker);
            return null;
        });
        assertThat(jdbc.sql("""
                SELECT username || ' ' || (changes ->> 'value') FROM audit_entry
                WHERE person_id = :p AND action = 'RECORD_REMOVED' AND detail = 'person identifier'""")
                .param("p", child).query(String.class).list()).containsExactly(worker.username() + " LA" + council.tag());
    }

    @Test
    void aChronologyExportIsOneEntryNamingItsScopeRowsAndTheChecksumOfWhatWasSent() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        PersonId child = fixtures.allocatedChild(council);
        MockHttpServletResponse response = mvc.perform(get("/children/" + child + "/chronology.csv")
                .with(user(users.loadUserByUsername(council.user(Role.SOCIAL_WORKER).username())))).andReturn().getResponse();
        byte[] sent = response.getContentAsByteArray();
        String checksum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sent));
        long rows = response.getContentAsString().lines().count() - 1;

        List<String> details = jdbc.sql("SELECT detail FROM audit_entry WHERE person_id = :p AND action = 'EXPORT_CHRONOLOGY'")
                .param("p", child).query(String.class).list();
        assertThat(rows).isEqualTo(3);
        assertThat(details).containsExactly("chronology of child " + child + "; 3 rows; SHA-256 " + checksum);
    }

    private List<String> entries(PersonId child, String action) {
        return jdbc.sql("SELECT username FROM audit_entry WHERE person_id = :p AND action = :a AND allowed ORDER BY id")
                .param("p", child).param("a", action).query(String.class).list();
    }

    private void look(FixtureCouncil.Council council, Role role, String path) throws Exception {
        page(council, role, path);
    }

    private String page(FixtureCouncil.Council council, Role role, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)
                .with(user(users.loadUserByUsername(council.user(role).username())))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private <T> T signedInAs(StaffMember member, Supplier<T> action) {
        UserDetails principal = users.loadUserByUsername(member.username());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static PersonDetails details(String forenames, String surname) {
        return new PersonDetails(PersonKind.CHILD, forenames, surname, LocalDate.now().minusYears(7), null, "F",
                "WBRI", "eng", List.of(), null, null, null);
    }

    private String token(String client) throws Exception {
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString((client + ":" + API_SECRET).getBytes());
        String response = mvc.perform(post("/oauth2/token").header(HttpHeaders.AUTHORIZATION, basic)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("grant_type=client_credentials&scope=referrals"))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("access_token").asString();
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

    private void matchChild(ContactId contact, PersonId child, FixtureCouncil.Council council) {
        frontDoor.matchChild(contact, contacts.find(contact).orElseThrow().version(), 0, child,
                council.user(Role.MASH_PRACTITIONER));
    }
}

package hearth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.casework.Allocations;
import hearth.casework.CaseTransfers;
import hearth.frontdoor.ContactId;
import hearth.frontdoor.ContactQueries;
import hearth.frontdoor.FrontDoor;
import hearth.oversight.SupervisionRecord;
import hearth.oversight.Supervisions;
import hearth.people.Addresses;
import hearth.people.FamilyNetwork;
import hearth.people.PersonDetails;
import hearth.people.PersonIndex;
import hearth.people.PersonKind;
import hearth.people.RelationshipType;
import hearth.planning.Plans;
import hearth.platform.PersonId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every page the application serves to a signed-in user, as each user not named on a
 * restricted record, around a family that gives every list a reason to name the restricted
 * child: relatives, a sibling with a case, a mother, an open front-door contact about the
 * child and another about the family, a transfer waiting, a supervision, a plan without a
 * contingency (a quality gap), search
 * hits and a chronology entry naming the child. The child's name, date of birth, identifier
 * and id appear on none of the pages; a user who is named sees the child.
 */
@HearthTest
class RestrictedRecordWalkIntegrationTests {

    static final String FORENAME = "Zephyrine";
    static final LocalDate BORN = LocalDate.of(2016, 3, 14);
    static final List<String> BORN_AS_SHOWN = List.of("14 Mar 2016", "14 March 2016", "2016-03-14", "14/03/2016");

    @Autowired MockMvc mvc;
    @Autowired FixtureCouncil fixtures;
    @Autowired UserDetailsService users;
    @Autowired Staff staff;
    @Autowired PersonIndex people;
    @Autowired Addresses addresses;
    @Autowired Allocations allocations;
    @Autowired FamilyNetwork family;
    @Autowired FrontDoor frontDoor;
    @Autowired ContactQueries contacts;
    @Autowired CaseTransfers transfers;
    @Autowired Supervisions supervisions;
    @Autowired Plans plans;
    @Autowired RecordRestrictions restrictions;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    FixtureCouncil.Council council;
    String surname;
    String councilChildId;
    PersonId restricted;
    PersonId sibling;
    PersonId mother;
    ContactId contactAboutTheChild;
    ContactId contactAboutTheFamily;
    StaffMember deputy;
    StaffMember receivingManager;

    @BeforeEach
    void aFamilyAroundARestrictedChild() {
        council = fixtures.create();
        surname = "Walk" + council.tag();
        councilChildId = "RW" + council.tag();
        StaffMember worker = council.user(Role.SOCIAL_WORKER);
        StaffMember manager = council.user(Role.TEAM_MANAGER);
        LocalDate today = LocalDate.now(clock);
        restricted = people.record(new PersonDetails(PersonKind.CHILD, FORENAME, surname, BORN, null, "F", "WBRI",
                "eng", List.of(), null, null, councilChildId), worker, true);
        sibling = people.record(new PersonDetails(PersonKind.CHILD, "Amira", surname, today.minusYears(6), null, "F",
                "WBRI", "eng", List.of(), null, null, null), worker, true);
        mother = people.record(new PersonDetails(PersonKind.ADULT, "Dawn", surname, today.minusYears(34), null, "F",
                "WBRI", "eng", List.of(), null, null, null), worker, true);
        for (PersonId child : List.of(restricted, sibling)) {
            addresses.moveTo(child, new Addresses.NewAddress("1 Test Road", null, "Brackenford", "BK1 1AA"),
                    today.minusYears(2), worker);
            allocations.allocate(child, council.team().id(), worker.id(), today.minusYears(1), manager);
        }
        family.relate(sibling, restricted, RelationshipType.SIBLING, true, worker);
        family.relate(restricted, mother, RelationshipType.PARENT, true, worker);
        family.relate(sibling, mother, RelationshipType.PARENT, true, worker);
        plans.startChildInNeedPlan(restricted, today.minusDays(30), worker);
        supervisions.record(restricted, new SupervisionRecord(worker.id(), today.minusWeeks(1), null, null,
                "Things are calmer", "Continue as planned", List.of(), Map.of()), manager);

        StaffMember partner = council.user(Role.PARTNER_REFERRER);
        contactAboutTheChild = frontDoor.submit(null, FixtureCouncil.referralAbout(FORENAME, surname, BORN,
                partner.organisation()), partner);
        frontDoor.matchChild(contactAboutTheChild, contacts.find(contactAboutTheChild).orElseThrow().version(), 0, restricted, council.user(Role.MASH_PRACTITIONER));
        contactAboutTheFamily = frontDoor.submit(null, FixtureCouncil.referralAbout("Amira", surname,
                today.minusYears(6), partner.organisation()), partner);

        receivingManager = staff.createUser(new Staff.NewUser("receiving." + council.tag(), "Receiving " + council.tag(),
                Role.TEAM_MANAGER, council.outsider().teamId(), null, FixtureCouncil.PASSWORD));
        transfers.request(restricted, council.outsider().teamId(), FORENAME + " is settled at school", worker);
        deputy = staff.createUser(new Staff.NewUser("deputy." + council.tag(), "Deputy " + council.tag(),
                Role.TEAM_MANAGER, council.team().id(), null, FixtureCouncil.PASSWORD));

        restrictions.restrict(restricted, "Relative of a member of staff", manager, List.of(manager.id(), worker.id()));
    }

    @Test
    void noUserNotNamedFindsTheRestrictedChildOnAnyPage() throws Exception {
        List<String> urls = pages();
        List<String> leaks = new ArrayList<>();
        for (StaffMember viewer : notNamed()) {
            for (String url : urls) {
                MockHttpServletResponse response = visit(viewer, url);
                if (response.getStatus() >= 500) {
                    leaks.add(viewer.username() + " " + url + ": " + response.getStatus());
                }
                String shown = response.getContentAsString() + " " + response.getHeader("Location");
                for (String secret : secrets(url)) {
                    if (shown.contains(secret)) {
                        leaks.add(viewer.username() + " " + url + ": shows " + secret);
                    }
                }
            }
        }
        assertThat(urls).hasSizeGreaterThan(60);
        assertThat(leaks).isEmpty();
    }

    @Test
    void aUserNotNamedSeesAPlaceholderWhereTheRowMustStay() throws Exception {
        StaffMember head = council.user(Role.HEAD_OF_SERVICE);
        assertThat(visit(head, "/children/" + sibling).getContentAsString()).contains(RestrictionFilter.PLACEHOLDER);
        assertThat(visit(head, "/my-work").getContentAsString()).contains(RestrictionFilter.PLACEHOLDER);
        assertThat(visit(council.user(Role.MASH_PRACTITIONER), "/front-door").getContentAsString())
                .contains(RestrictionFilter.PLACEHOLDER);
    }

    @Test
    void aNamedUserSeesTheChildInListsAndEachSightingIsAudited() throws Exception {
        StaffMember manager = council.user(Role.TEAM_MANAGER);
        assertThat(visit(manager, "/people/search?name=" + surname).getContentAsString()).contains(FORENAME);
        assertThat(visit(manager, "/children/" + sibling).getContentAsString()).contains(FORENAME + " " + surname);
        assertThat(visit(manager, "/my-work").getContentAsString()).contains(FORENAME);
        assertThat(seenInLists(manager)).contains("Search results: name=" + surname, "Family and network",
                "Caseload");
        assertThat(seenInLists(council.user(Role.HEAD_OF_SERVICE))).isEmpty();
    }

    private List<String> seenInLists(StaffMember viewer) throws Exception {
        visit(viewer, "/people/search?name=" + surname);
        visit(viewer, "/children/" + sibling);
        return jdbc.sql("""
                SELECT DISTINCT detail FROM audit_entry
                WHERE person_id = :child AND user_id = :user AND action = :action""")
                .param("child", restricted).param("user", viewer.id()).param("action", RestrictionFilter.SEEN_IN_LIST)
                .query(String.class).list();
    }

    private MockHttpServletResponse visit(StaffMember viewer, String url) throws Exception {
        return mvc.perform(get(url).with(user(users.loadUserByUsername(viewer.username())))).andReturn().getResponse();
    }

    private List<StaffMember> notNamed() {
        List<StaffMember> all = new ArrayList<>(council.users().values());
        all.remove(council.user(Role.TEAM_MANAGER));
        all.remove(council.user(Role.SOCIAL_WORKER));
        all.addAll(List.of(council.outsider(), deputy, receivingManager));
        return all;
    }

    /** What must not be shown, except what the URL itself carries: the record's id, or a search typed by the user. */
    private List<String> secrets(String url) {
        List<String> secrets = new ArrayList<>(List.of(FORENAME, councilChildId, restricted.toString()));
        secrets.addAll(BORN_AS_SHOWN);
        secrets.removeIf(url::contains);
        return secrets;
    }

    /** Every GET route with its path filled in for each record of the family, and the searches that find them. */
    private List<String> pages() {
        Set<String> urls = new LinkedHashSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            if (!info.getMethodsCondition().getMethods().contains(org.springframework.web.bind.annotation.RequestMethod.GET)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/error") && !pattern.startsWith("/api/")) {
                    urls.addAll(filledIn(pattern));
                }
            }
        }
        urls.addAll(List.of("/people/search?name=" + surname, "/people/search?name=" + FORENAME + "+" + surname,
                "/people/search?dobDay=14&dobMonth=3&dobYear=2016", "/people/search?identifier=" + councilChildId,
                "/people/search?postcode=BK1+1AA", "/supervision?worker=" + council.user(Role.SOCIAL_WORKER).id(),
                "/people/" + sibling + "/relationships/new?name=" + surname, "/front-door?mine=false"));
        return new ArrayList<>(urls);
    }

    private List<String> filledIn(String pattern) {
        Map<String, List<Object>> records = new LinkedHashMap<>();
        records.put("/children/{id}", List.of(sibling, restricted));
        records.put("/people/{id}", List.of(mother, sibling, restricted));
        records.put("/front-door/contacts/{id}", List.of(contactAboutTheChild, contactAboutTheFamily));
        records.put("/referrals/{id}", List.of(contactAboutTheChild, contactAboutTheFamily));
        if (!pattern.contains("{")) {
            return List.of(pattern);
        }
        List<Object> ids = records.entrySet().stream().filter(e -> pattern.startsWith(e.getKey())).findFirst()
                .map(Map.Entry::getValue).orElse(List.of(UUID.randomUUID()));
        return ids.stream().map(id -> pattern.replace("{id}", id.toString())
                .replaceAll("\\{[A-Za-z]+}", UUID.randomUUID().toString())).toList();
    }
}

package hearth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint for every role and asserts allowed, denied or "state a reason first",
 * against a child allocated to the fixture's social worker. A new endpoint fails this test
 * until its row is added. The partner API takes bearer tokens only, never a signed-in
 * session (its own tests cover scopes and organisations).
 */
@HearthTest
class AuthorisationMatrixTests {

    enum Outcome { ALLOWED, DENIED, REASON }

    enum Group { HOME, PEOPLE, RECORD, MANAGER, TEAM_MANAGERS, REASON_FORM, ADMIN, FIGURES, REFERRALS, FRONT_DOOR, API, PUBLIC }

    @Autowired MockMvc mvc;
    @Autowired FixtureCouncil fixtures;
    @Autowired UserDetailsService users;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void everyRoleGetsExactlyWhatItShould() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        UUID child = fixtures.allocatedChild(council);
        UUID contact = fixtures.referral(council);
        List<String> failures = new ArrayList<>();
        Map<String, StaffMember> who = new LinkedHashMap<>();
        council.users().forEach((role, member) -> who.put(role.name(), member));
        who.put("OUTSIDER_SOCIAL_WORKER", council.outsider());
        for (Map.Entry<String, StaffMember> entry : who.entrySet()) {
            for (Endpoint endpoint : endpoints(child, contact)) {
                Outcome expected = expected(entry.getKey(), endpoint.group());
                Outcome actual = classify(mvc.perform(endpoint.request()
                        .with(user(users.loadUserByUsername(entry.getValue().username())))).andReturn().getResponse(),
                        child);
                if (actual != expected) {
                    failures.add(entry.getKey() + " " + endpoint.label() + ": expected " + expected + " but " + actual);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void anonymousVisitorsAreSentToSignInForEveryEndpointButPublicOnes() throws Exception {
        UUID child = UUID.randomUUID();
        for (Endpoint endpoint : endpoints(child, UUID.randomUUID())) {
            MockHttpServletResponse response = mvc.perform(endpoint.request()).andReturn().getResponse();
            if (endpoint.group() == Group.API) {
                assertThat(response.getStatus()).as(endpoint.label()).isEqualTo(401);
                continue;
            }
            boolean toSignIn = response.getStatus() == 302 && response.getRedirectedUrl() != null
                    && response.getRedirectedUrl().contains("/sign-in");
            assertThat(toSignIn).as(endpoint.label()).isEqualTo(endpoint.group() != Group.PUBLIC);
        }
    }

    @Test
    void theMatrixCoversEveryEndpointTheApplicationServes() {
        Set<String> served = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/error")) {
                    info.getMethodsCondition().getMethods().forEach(m -> served.add(m.name() + " " + pattern));
                }
            }
        }
        Set<String> covered = new TreeSet<>();
        endpoints(UUID.randomUUID(), UUID.randomUUID()).forEach(e -> covered.add(e.pattern()));
        assertThat(covered).containsAll(served);
    }

    private static Outcome expected(String who, Group group) {
        if (group == Group.PUBLIC || group == Group.HOME) {
            return Outcome.ALLOWED;
        }
        Set<Role> casework = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (role.searchesPeople()) {
                casework.add(role);
            }
        }
        Role role = who.startsWith("OUTSIDER") ? Role.SOCIAL_WORKER : Role.valueOf(who);
        boolean related = !who.startsWith("OUTSIDER") && EnumSet.of(Role.SOCIAL_WORKER, Role.FAMILY_SUPPORT_WORKER,
                Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE).contains(role);
        boolean reason = EnumSet.of(Role.OUT_OF_HOURS_WORKER, Role.SYSTEM_ADMINISTRATOR).contains(role);
        return switch (group) {
            case PEOPLE, REASON_FORM -> casework.contains(role) ? Outcome.ALLOWED : Outcome.DENIED;
            case RECORD -> related ? Outcome.ALLOWED : reason ? Outcome.REASON : Outcome.DENIED;
            case MANAGER -> related && role.managesCases() ? Outcome.ALLOWED : Outcome.DENIED;
            case TEAM_MANAGERS -> role.managesCases() ? Outcome.ALLOWED : Outcome.DENIED;
            case ADMIN -> role == Role.SYSTEM_ADMINISTRATOR ? Outcome.ALLOWED : Outcome.DENIED;
            case API -> Outcome.DENIED;
            case REFERRALS -> role == Role.PARTNER_REFERRER && !who.startsWith("OUTSIDER") ? Outcome.ALLOWED : Outcome.DENIED;
            case FRONT_DOOR -> role.worksAtTheFrontDoor() && !who.startsWith("OUTSIDER") ? Outcome.ALLOWED
                    : Outcome.DENIED;
            case FIGURES -> EnumSet.of(Role.PERFORMANCE_OFFICER, Role.HEAD_OF_SERVICE, Role.TEAM_MANAGER,
                    Role.MASH_MANAGER).contains(role) ? Outcome.ALLOWED : Outcome.DENIED;
            default -> Outcome.ALLOWED;
        };
    }

    private static Outcome classify(MockHttpServletResponse response, UUID child) {
        String redirect = response.getRedirectedUrl();
        if (response.getStatus() == 403 || redirect != null && redirect.contains("/no-access")) {
            return Outcome.DENIED;
        }
        if (redirect != null && redirect.contains("/children/" + child + "/reason")) {
            return Outcome.REASON;
        }
        if (response.getStatus() >= 500 || response.getStatus() == 404 || response.getStatus() == 401) {
            return Outcome.DENIED;
        }
        return Outcome.ALLOWED;
    }

    private static List<Endpoint> endpoints(UUID c, UUID contact) {
        List<Endpoint> list = new ArrayList<>();
        list.add(Endpoint.get(Group.API, "/api/v1/referrals", "/api/v1/referrals"));
        list.add(Endpoint.post(Group.API, "/api/v1/referrals", "/api/v1/referrals"));
        list.add(Endpoint.get(Group.API, "/api/v1/referrals/{id}", "/api/v1/referrals/" + contact));
        list.add(Endpoint.post(Group.API, "/api/v1/police-notifications", "/api/v1/police-notifications"));
        list.add(Endpoint.get(Group.REFERRALS, "/referrals", "/referrals"));
        list.add(Endpoint.get(Group.REFERRALS, "/referrals/new", "/referrals/new"));
        list.add(Endpoint.post(Group.REFERRALS, "/referrals/new", "/referrals/new"));
        list.add(Endpoint.get(Group.REFERRALS, "/referrals/{id}", "/referrals/" + contact));
        list.add(Endpoint.get(Group.REFERRALS, "/referrals/{id}/edit", "/referrals/" + contact + "/edit"));
        list.add(Endpoint.get(Group.FRONT_DOOR, "/front-door", "/front-door"));
        list.add(Endpoint.get(Group.FRONT_DOOR, "/front-door/conversion", "/front-door/conversion"));
        list.add(Endpoint.get(Group.FRONT_DOOR, "/front-door/police-notifications", "/front-door/police-notifications"));
        list.add(Endpoint.post(Group.FRONT_DOOR, "/front-door/police-notifications", "/front-door/police-notifications"));
        list.add(Endpoint.get(Group.FRONT_DOOR, "/front-door/contacts/new", "/front-door/contacts/new"));
        list.add(Endpoint.post(Group.FRONT_DOOR, "/front-door/contacts/new", "/front-door/contacts/new"));
        list.add(Endpoint.get(Group.FRONT_DOOR, "/front-door/contacts/{id}", "/front-door/contacts/" + contact));
        list.add(Endpoint.post(Group.FRONT_DOOR, "/front-door/contacts/{id}/requests/{requestId}/response",
                "/front-door/contacts/" + contact + "/requests/" + UUID.randomUUID() + "/response"));
        for (String action : List.of("assign", "priority", "match", "record-child", "requests", "decide", "authorise")) {
            list.add(Endpoint.post(Group.FRONT_DOOR, "/front-door/contacts/{id}/" + action,
                    "/front-door/contacts/" + contact + "/" + action));
        }
        list.add(Endpoint.get(Group.FIGURES, "/figures/timeliness", "/figures/timeliness"));
        list.add(Endpoint.get(Group.HOME, "/", "/"));
        list.add(Endpoint.get(Group.PEOPLE, "/people/search", "/people/search?name=Amira"));
        list.add(Endpoint.get(Group.PEOPLE, "/people/new", "/people/new"));
        list.add(Endpoint.post(Group.PEOPLE, "/people/new", "/people/new"));
        list.add(Endpoint.get(Group.RECORD, "/people/{id}", "/people/" + c));
        list.add(Endpoint.get(Group.RECORD, "/people/{id}/edit", "/people/" + c + "/edit"));
        list.add(Endpoint.post(Group.RECORD, "/people/{id}/edit", "/people/" + c + "/edit"));
        list.add(Endpoint.get(Group.RECORD, "/people/{id}/address", "/people/" + c + "/address"));
        list.add(Endpoint.post(Group.RECORD, "/people/{id}/address", "/people/" + c + "/address"));
        list.add(Endpoint.get(Group.RECORD, "/people/{id}/relationships/new", "/people/" + c + "/relationships/new"));
        list.add(Endpoint.post(Group.RECORD, "/people/{id}/relationships/new", "/people/" + c + "/relationships/new"));
        list.add(Endpoint.get(Group.RECORD, "/people/{id}/professionals/new", "/people/" + c + "/professionals/new"));
        list.add(Endpoint.post(Group.RECORD, "/people/{id}/professionals/new", "/people/" + c + "/professionals/new"));
        list.add(Endpoint.get(Group.RECORD, "/children/{id}", "/children/" + c));
        list.add(Endpoint.get(Group.RECORD, "/children/{id}/child-protection", "/children/" + c + "/child-protection"));
        list.add(Endpoint.post(Group.RECORD, "/children/{id}/strategy-discussions", "/children/" + c + "/strategy-discussions"));
        list.add(Endpoint.post(Group.RECORD, "/children/{id}/enquiries/{enquiryId}/conclusion",
                "/children/" + c + "/enquiries/" + UUID.randomUUID() + "/conclusion"));
        list.add(Endpoint.post(Group.RECORD, "/children/{id}/enquiries/{enquiryId}/conference",
                "/children/" + c + "/enquiries/" + UUID.randomUUID() + "/conference"));
        list.add(Endpoint.get(Group.RECORD, "/children/{id}/plans", "/children/" + c + "/plans"));
        list.add(Endpoint.post(Group.RECORD, "/children/{id}/plans", "/children/" + c + "/plans"));
        list.add(Endpoint.post(Group.RECORD, "/children/{id}/plans/{planId}/meetings",
                "/children/" + c + "/plans/" + UUID.randomUUID() + "/meetings"));
        list.add(Endpoint.post(Group.RECORD, "/children/{id}/plans/{planId}/ending",
                "/children/" + c + "/plans/" + UUID.randomUUID() + "/ending"));
        list.add(Endpoint.get(Group.RECORD, "/children/{id}/plans/{planId}/content",
                "/children/" + c + "/plans/" + UUID.randomUUID() + "/content"));
        list.add(Endpoint.post(Group.RECORD, "/children/{id}/plans/{planId}/content",
                "/children/" + c + "/plans/" + UUID.randomUUID() + "/content"));
        list.add(Endpoint.get(Group.RECORD, "/children/{id}/visits", "/children/" + c + "/visits"));
        list.add(Endpoint.post(Group.RECORD, "/children/{id}/visits", "/children/" + c + "/visits"));
        list.add(Endpoint.post(Group.RECORD, "/children/{id}/visits/draft", "/children/" + c + "/visits/draft"));
        for (String page : List.of("supervision", "oversight", "engagement")) {
            list.add(Endpoint.get(Group.RECORD, "/children/{id}/" + page, "/children/" + c + "/" + page));
            list.add(Endpoint.post(Group.RECORD, "/children/{id}/" + page, "/children/" + c + "/" + page));
        }
        list.add(Endpoint.get(Group.RECORD, "/children/{id}/quality", "/children/" + c + "/quality"));
        list.add(Endpoint.get(Group.TEAM_MANAGERS, "/team/quality", "/team/quality"));
        list.add(Endpoint.get(Group.PEOPLE, "/supervision", "/supervision"));
        list.add(Endpoint.get(Group.RECORD, "/children/{id}/assessments", "/children/" + c + "/assessments"));
        list.add(Endpoint.post(Group.RECORD, "/children/{id}/assessments", "/children/" + c + "/assessments"));
        list.add(Endpoint.get(Group.RECORD, "/children/{id}/assessments/{assessmentId}",
                "/children/" + c + "/assessments/" + UUID.randomUUID()));
        list.add(Endpoint.post(Group.RECORD, "/children/{id}/assessments/{assessmentId}",
                "/children/" + c + "/assessments/" + UUID.randomUUID()));
        list.add(Endpoint.post(Group.MANAGER, "/children/{id}/assessments/{assessmentId}/authorisation",
                "/children/" + c + "/assessments/" + UUID.randomUUID() + "/authorisation"));
        list.add(Endpoint.post(Group.MANAGER, "/children/{id}/assessments/{assessmentId}/return",
                "/children/" + c + "/assessments/" + UUID.randomUUID() + "/return"));
        list.add(Endpoint.get(Group.RECORD, "/children/{id}/neglect-tool", "/children/" + c + "/neglect-tool"));
        list.add(Endpoint.post(Group.RECORD, "/children/{id}/neglect-tool", "/children/" + c + "/neglect-tool"));
        list.add(Endpoint.get(Group.RECORD, "/children/{id}/transfer", "/children/" + c + "/transfer"));
        list.add(Endpoint.post(Group.RECORD, "/children/{id}/transfer", "/children/" + c + "/transfer"));
        list.add(Endpoint.get(Group.MANAGER, "/children/{id}/closure", "/children/" + c + "/closure"));
        list.add(Endpoint.post(Group.MANAGER, "/children/{id}/closure", "/children/" + c + "/closure"));
        list.add(Endpoint.post(Group.TEAM_MANAGERS, "/transfers/{id}/acceptance", "/transfers/" + UUID.randomUUID() + "/acceptance"));
        list.add(Endpoint.post(Group.TEAM_MANAGERS, "/transfers/{id}/decline", "/transfers/" + UUID.randomUUID() + "/decline"));
        list.add(Endpoint.get(Group.RECORD, "/children/{id}/chronology", "/children/" + c + "/chronology"));
        list.add(Endpoint.get(Group.RECORD, "/children/{id}/chronology.csv", "/children/" + c + "/chronology.csv"));
        list.add(Endpoint.get(Group.MANAGER, "/children/{id}/audit", "/children/" + c + "/audit"));
        list.add(Endpoint.get(Group.MANAGER, "/children/{id}/allocate", "/children/" + c + "/allocate"));
        list.add(Endpoint.post(Group.MANAGER, "/children/{id}/allocate", "/children/" + c + "/allocate"));
        list.add(Endpoint.get(Group.REASON_FORM, "/children/{id}/reason", "/children/" + c + "/reason"));
        list.add(Endpoint.post(Group.REASON_FORM, "/children/{id}/reason", "/children/" + c + "/reason"));
        list.add(Endpoint.get(Group.ADMIN, "/admin/users", "/admin/users"));
        list.add(Endpoint.post(Group.ADMIN, "/admin/users", "/admin/users"));
        list.add(Endpoint.post(Group.ADMIN, "/admin/teams", "/admin/teams"));
        list.add(Endpoint.get(Group.ADMIN, "/admin/bank-holidays", "/admin/bank-holidays"));
        list.add(Endpoint.post(Group.ADMIN, "/admin/bank-holidays", "/admin/bank-holidays"));
        list.add(Endpoint.post(Group.ADMIN, "/admin/bank-holidays/{day}/removal", "/admin/bank-holidays/2031-01-07/removal"));
        list.add(Endpoint.post(Group.ADMIN, "/admin/users/{id}/unlock", "/admin/users/" + UUID.randomUUID() + "/unlock"));
        list.add(Endpoint.get(Group.PUBLIC, "/sign-in", "/sign-in"));
        list.add(Endpoint.get(Group.PUBLIC, "/signed-out", "/signed-out"));
        list.add(Endpoint.get(Group.PUBLIC, "/no-access", "/no-access"));
        list.add(Endpoint.get(Group.PUBLIC, "/accessibility", "/accessibility"));
        list.add(Endpoint.get(Group.PUBLIC, "/api/problems", "/api/problems"));
        list.add(Endpoint.get(Group.PUBLIC, "/api/problems/{slug}", "/api/problems/unauthenticated"));
        list.add(Endpoint.get(Group.HOME, "/session/keep-alive", "/session/keep-alive"));
        list.add(Endpoint.get(Group.FIGURES, "/figures", "/figures"));
        list.add(Endpoint.get(Group.PEOPLE, "/my-work", "/my-work"));
        return list;
    }

    record Endpoint(Group group, String method, String pattern, String url) {

        static Endpoint get(Group group, String pattern, String url) {
            return new Endpoint(group, "GET", "GET " + pattern, url);
        }

        static Endpoint post(Group group, String pattern, String url) {
            return new Endpoint(group, "POST", "POST " + pattern, url);
        }

        String label() {
            return method + " " + url;
        }

        MockHttpServletRequestBuilder request() {
            return "GET".equals(method) ? MockMvcRequestBuilders.get(url) : MockMvcRequestBuilders.post(url).with(csrf());
        }
    }
}

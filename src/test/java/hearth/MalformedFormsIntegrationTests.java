package hearth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.assessment.AssessmentId;
import hearth.assessment.Assessments;
import hearth.planning.PlanId;
import hearth.planning.Plans;
import hearth.platform.PersonId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Property tests of the forms people fill in most: {@value MalformedInput#CASES} generated
 * posts each, from a valid form with about a third of its fields removed or replaced by
 * malformed values. Each is stored whole (a redirect) or refused with the GOV.UK error
 * summary and a 4xx, storing nothing; none is a 5xx.
 */
@HearthTest
class MalformedFormsIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired FixtureCouncil fixtures;
    @Autowired UserDetailsService users;
    @Autowired Assessments assessments;
    @Autowired Plans plans;

    @Test
    void malformedPersonFormsAreRefusedWithAMessageNeverAFault() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        Map<String, String> valid = form("kind", "CHILD", "forenames", "Nia", "surname", "Fuzz" + council.tag(),
                "dateOfBirthDay", "3", "dateOfBirthMonth", "4", "dateOfBirthYear", "2018", "sex", "F",
                "ethnicity", "WBRI", "firstLanguage", "eng", "despiteDuplicates", "true");
        fuzz("person", council.user(Role.SOCIAL_WORKER), "/people/new", () -> valid,
                fields(valid, "expectedDeliveryDay", "expectedDeliveryMonth", "expectedDeliveryYear", "disabilities",
                        "nhsNumber", "upn", "councilChildId"));
    }

    @Test
    void malformedReferralFormsAreRefusedWithAMessageNeverAFault() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        Map<String, String> valid = form("referralSource", "2A", "child0Forenames", "Nia", "child0Surname",
                "Fuzz" + council.tag(), "child0DobDay", "1", "child0DobMonth", "4", "child0DobYear", "2016",
                "worry", "Nia is frightened to go home", "urgency", "STANDARD", "consent", "GIVEN",
                "referrerName", "Dee Lead", "referrerPhone", "01632 960555", "factors", "3A");
        fuzz("referral", council.user(Role.PARTNER_REFERRER), "/referrals/new", () -> valid,
                fields(valid, "child0Address", "child0Postcode", "child1Forenames", "child1Surname", "family",
                        "childSaid", "tried", "consentReason", "consentOverriddenBy", "referrerRole",
                        "referrerOrganisation", "referrerEmail", "action", "draftId"));
    }

    @Test
    void malformedVisitFormsAreRefusedWithAMessageNeverAFault() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        PersonId child = fixtures.allocatedChild(council);
        LocalDate today = LocalDate.now();
        Map<String, String> valid = form("visitedOnDay", String.valueOf(today.getDayOfMonth()), "visitedOnMonth",
                String.valueOf(today.getMonthValue()), "visitedOnYear", String.valueOf(today.getYear()),
                "whoSeen", "Nia and her mother", "childSeen", "yes", "seenAlone", "yes", "childWords", "I like my room", "observations", "Warm and tidy", "homeConditions", "Good");
        // The kind and place are plain choices, always sent valid, so that enough generated visits are stored.
        Map<String, String> chosen = new java.util.HashMap<>(valid);
        chosen.putAll(Map.of("visitType", "STATUTORY", "place", "HOME"));
        fuzz("visit", council.user(Role.SOCIAL_WORKER), "/children/" + child + "/visits", () -> chosen,
                fields(valid, "nextVisitOnDay", "nextVisitOnMonth", "nextVisitOnYear", "notSeenReason",
                        "notAloneReason"));
    }

    @Test
    void malformedAssessmentFormsAreRefusedWithAMessageNeverAFault() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        PersonId child = fixtures.allocatedChild(council);
        StaffMember worker = council.user(Role.SOCIAL_WORKER);
        AssessmentId assessment = assessments.startFromRecord(child, LocalDate.now().minusDays(3), worker);
        LocalDate seen = LocalDate.now().minusDays(1);
        Map<String, String> valid = form("seenBy", "Sam Worker", "seenOnDay", String.valueOf(seen.getDayOfMonth()),
                "seenOnMonth", String.valueOf(seen.getMonthValue()), "seenOnYear", String.valueOf(seen.getYear()),
                "seenAlone", "true", "livedExperience", "Nia says home is loud", "analysis", "Needs are met",
                "outcome", "NO_FURTHER_ACTION", "action", "save");
        Supplier<Map<String, String>> current = () -> with(valid, "version", String.valueOf(jdbc.sql(
                "SELECT version FROM assessment WHERE id = :id").param("id", assessment).query(Integer.class).single()));
        fuzz("assessment", worker, "/children/" + child + "/assessments/" + assessment, current,
                fields(valid, "version", "notAloneReason", "childWords", "history", "historyMeaning",
                        "parentingCapacity", "familyEnvironment", "impact", "parentalEngagement", "factors",
                        "lateReason"));
    }

    @Test
    void malformedPlanFormsAreRefusedWithAMessageNeverAFault() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        PersonId child = fixtures.allocatedChild(council);
        StaffMember worker = council.user(Role.SOCIAL_WORKER);
        PlanId plan = plans.startChildInNeedPlan(child, LocalDate.now().minusDays(2), worker);
        LocalDate target = LocalDate.now().plusMonths(3);
        Map<String, String> valid = form("rows", "3", "outcome1WillChange", "Nia gets to school every day",
                "outcome1Indicator", "Attendance", "outcome1Baseline", "70%", "outcome1Target", "95%",
                "outcome1Owner", "Mother", "outcome1TargetDateDay", String.valueOf(target.getDayOfMonth()),
                "outcome1TargetDateMonth", String.valueOf(target.getMonthValue()), "outcome1TargetDateYear",
                String.valueOf(target.getYear()), "actions", "School run support", "contingency", "Review sooner");
        Supplier<Map<String, String>> current = () -> with(valid, "version", String.valueOf(jdbc.sql(
                "SELECT version FROM plan WHERE id = :id").param("id", plan).query(Integer.class).single()));
        fuzz("plan", worker, "/children/" + child + "/plans/" + plan + "/content", current,
                fields(valid, "version", "action", "outcome2WillChange", "outcome2TargetDateDay"));
    }

    @Test
    void malformedSupervisionFormsAreRefusedWithAMessageNeverAFault() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        PersonId child = fixtures.allocatedChild(council);
        LocalDate held = LocalDate.now().minusDays(1);
        Map<String, String> valid = form("heldOnDay", String.valueOf(held.getDayOfMonth()), "heldOnMonth",
                String.valueOf(held.getMonthValue()), "heldOnYear", String.valueOf(held.getYear()),
                "workingWell", "Nia trusts her worker", "worries", "School attendance", "childWouldSay", "Better now",
                "decisions", "Continue the plan", "action1", "Call school", "action1Owner", "Sam",
                "action1DueDay", "1", "action1DueMonth", "1", "action1DueYear", String.valueOf(held.getYear() + 1));
        fuzz("supervision", council.user(Role.TEAM_MANAGER), "/children/" + child + "/supervision", () -> valid,
                fields(valid, "action2", "action2Owner", "action2DueDay"));
    }

    @Test
    void malformedStrategyDiscussionFormsAreRefusedWithAMessageNeverAFault() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        PersonId child = fixtures.allocatedChild(council);
        LocalDate held = LocalDate.now().minusDays(1);
        Map<String, String> valid = form("heldOnDay", String.valueOf(held.getDayOfMonth()), "heldOnMonth",
                String.valueOf(held.getMonthValue()), "heldOnYear", String.valueOf(held.getYear()),
                "heldAtTime", "10:30", "agencies", "SOCIAL_CARE", "agencies2", "POLICE", "chair", "Helen Okafor",
                "participant1Name", "Sam Whitfield", "participant1Agency", "POLICE", "shared", "Police attended twice this month", "decision", "CONTINUE_ASSESSMENT",
                "actions", "Visit within 24 hours");
        fuzz("strategy discussion", council.user(Role.SOCIAL_WORKER),
                "/children/" + child + "/strategy-discussions", () -> valid, fields(valid));
    }

    /**
     * Posts the generated forms as the user. Some must be stored and some refused, so the
     * test is known to reach the code that stores, not only a refusal at the door.
     */
    private void fuzz(String what, StaffMember as, String path, Supplier<Map<String, String>> valid,
                      List<String> fields) throws Exception {
        var signedIn = user(users.loadUserByUsername(as.username()));
        int stored = 0;
        int refused = 0;
        // The valid form itself goes first, so the storing path is reached whatever the random
        // changes happen to break (a run once generated none that could be stored).
        List<Map<String, Optional<String>>> cases = java.util.stream.Stream.concat(
                java.util.stream.Stream.of(Map.<String, Optional<String>>of()),
                MalformedInput.changes(fields).sampleStream().limit(MalformedInput.CASES)).toList();
        for (Map<String, Optional<String>> changes : cases) {
            Map<String, String> form = MalformedInput.apply(valid.get(), changes);
            Map<String, Long> before = MalformedInput.rows(jdbc);
            MockHttpServletResponse response = mvc.perform(request(path, form).with(signedIn).with(csrf()))
                    .andReturn().getResponse();
            String body = response.getContentAsString();
            MalformedInput.assertStoredWholeOrRefused(what + " " + changes, response.getStatus(), body, before,
                    MalformedInput.rows(jdbc));
            if (response.getStatus() >= 400) {
                assertThat(body).as("%s %s answered %d without a message", what, changes, response.getStatus())
                        .containsAnyOf("govuk-error-summary", "govuk-heading-l");
                refused++;
            } else if (response.getStatus() / 100 == 3) {
                stored++;
            }
        }
        assertThat(stored).as("%s: generated forms that were stored", what).isPositive();
        assertThat(refused).as("%s: generated forms that were refused", what).isPositive();
    }

    /** A field named like agencies2 is sent as a second agencies value. */
    private static MockHttpServletRequestBuilder request(String path, Map<String, String> form) {
        MockHttpServletRequestBuilder request = post(path);
        form.forEach((field, value) -> request.param(field.replaceAll("\\d+$", "").equals("agencies")
                ? "agencies" : field, value));
        return request;
    }

    private static Map<String, String> form(String... fieldsAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            form.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return form;
    }

    private static Map<String, String> with(Map<String, String> form, String field, String value) {
        Map<String, String> copy = new LinkedHashMap<>(form);
        copy.put(field, value);
        return copy;
    }

    private static List<String> fields(Map<String, String> valid, String... more) {
        List<String> fields = new ArrayList<>(valid.keySet());
        fields.addAll(List.of(more));
        return fields.stream().distinct().toList();
    }
}

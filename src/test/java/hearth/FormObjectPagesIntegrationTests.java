package hearth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.assessment.AssessmentId;
import hearth.assessment.Assessments;
import hearth.assessment.NeglectTool;
import hearth.assessment.NeglectToolDefinition;
import hearth.oversight.SupervisionRecord;
import hearth.oversight.Supervisions;
import hearth.planning.PlanContent;
import hearth.planning.PlanId;
import hearth.planning.Plans;
import hearth.platform.PersonId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The forms whose fields carry an id or a row number ({@code progress-<outcome>},
 * {@code outcome<n>...}, {@code grade-<item>}, {@code check-<action>}, {@code child<n>...}),
 * posted by those names: a valid post is saved; an invalid one shows every message in one
 * round (a date that is not a real one with a missing answer), saves nothing and keeps the
 * text typed.
 */
@HearthTest
class FormObjectPagesIntegrationTests {

    private static final String NOT_A_DATE = "must be a real date";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired FixtureCouncil fixtures;
    @Autowired UserDetailsService users;
    @Autowired Plans plans;
    @Autowired Supervisions supervisions;
    @Autowired Assessments assessments;
    @Autowired NeglectTool neglectTool;
    @Autowired Clock clock;

    FixtureCouncil.Council council;
    PersonId child;
    LocalDate today;

    @BeforeEach
    void child() {
        council = fixtures.create();
        child = fixtures.allocatedChild(council);
        today = LocalDate.now(clock);
    }

    @Test
    void aReviewRecordsProgressByOutcomeIdAndARefusedOneShowsEveryMessageAtOnce() throws Exception {
        StaffMember worker = council.user(Role.SOCIAL_WORKER);
        PlanId plan = plans.startChildInNeedPlan(child, today.minusDays(10), worker);
        plans.write(plan, plans.of(child).get(0).version(), new PlanContent(List.of(new PlanContent.Outcome("Amira gets to school every day",
                "Attendance", "70%", "95%", "Mother", null)), "School run", "Review sooner"), today, worker);
        UUID outcome = plans.outcomes(plan).get(0).id();
        String path = "/children/" + child + "/plans/" + plan + "/meetings";
        Map<String, String> review = Map.of("version", String.valueOf(plans.of(child).get(0).version()), "meetingKind", "PLAN_REVIEW", "attendees",
                "Mother, school nurse", "ends", "CONTINUES");

        String refused = refused(worker, path, with(review, "heldOnDay", "31", "heldOnMonth", "2", "heldOnYear",
                String.valueOf(today.getYear())));

        assertThat(refused).contains(NOT_A_DATE, "Record what the meeting found and decided",
                "Record progress on: Amira gets to school every day", "Mother, school nurse");
        assertThat(count("SELECT count(*) FROM plan_meeting WHERE plan_id = :id", plan)).isZero();

        MockHttpServletResponse saved = post(worker, path, with(review, heldOn("heldOn", today), "summary",
                "Attendance is up", "progress-" + outcome, "PROGRESSING", "evidence-" + outcome, "88% this term",
                "childView", "I like the breakfast club"));

        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT evidence FROM outcome_progress WHERE outcome_id = :id").param("id", outcome)
                .query(String.class).single()).isEqualTo("88% this term");
        String planPage = get(worker, "/children/" + child + "/plans");
        String outcomeRow = planPage.substring(planPage.indexOf("Amira gets to school every day"));
        outcomeRow = outcomeRow.substring(0, outcomeRow.indexOf("</tr>"));
        assertThat(outcomeRow).as("the outcome's row shows what the review recorded")
                .contains("Progressing", "88% this term", "I like the breakfast club");
    }

    @Test
    void endingAPlanWithABadDateAndNoReasonShowsBothMessagesAtOnce() throws Exception {
        StaffMember worker = council.user(Role.SOCIAL_WORKER);
        PlanId plan = plans.startChildInNeedPlan(child, today.minusDays(10), worker);
        String path = "/children/" + child + "/plans/" + plan + "/ending";
        Map<String, String> ending = Map.of("version", String.valueOf(plans.of(child).get(0).version()));

        String refused = refused(worker, path, with(ending, "endedOnDay", "31", "endedOnMonth", "2", "endedOnYear",
                String.valueOf(today.getYear())));

        assertThat(refused).contains(NOT_A_DATE, "Select why the plan is ending");
        assertThat(plans.of(child).get(0).endedOn()).isNull();
        assertThat(post(worker, path, with(ending, heldOn("endedOn", today), "reason", "NO_LONGER_NEEDED"))
                .getStatus()).isEqualTo(302);
        assertThat(plans.of(child).get(0).endedOn()).isEqualTo(today);
    }

    @Test
    void aManagersDirectionWithABadDateAndNoWordsShowsBothMessagesAtOnce() throws Exception {
        StaffMember manager = council.user(Role.TEAM_MANAGER);
        String path = "/children/" + child + "/oversight";

        String refused = refused(manager, path, Map.of("recordedOnDay", "31", "recordedOnMonth", "2",
                "recordedOnYear", String.valueOf(today.getYear())));

        assertThat(refused).contains(NOT_A_DATE, "Record the direction or decision");
        assertThat(count("SELECT count(*) FROM management_oversight WHERE person_id = :id", child)).isZero();
        assertThat(post(manager, path, with(Map.of("direction", "Visit weekly until the review"),
                heldOn("recordedOn", today))).getStatus()).isEqualTo(302);
        assertThat(count("SELECT count(*) FROM management_oversight WHERE person_id = :id", child)).isOne();
    }

    @Test
    void thePlanReadsItsOutcomeRowsAndARefusedOneShowsEveryMessageAtOnce() throws Exception {
        StaffMember worker = council.user(Role.SOCIAL_WORKER);
        PlanId plan = plans.startChildInNeedPlan(child, today.minusDays(2), worker);
        String path = "/children/" + child + "/plans/" + plan + "/content";
        String version = String.valueOf(plans.of(child).get(0).version());
        Map<String, String> rows = Map.of("version", version, "rows", "3", "outcome2WillChange", "Amira sleeps well",
                "outcome2Indicator", "Nights woken");

        String refused = refused(worker, path, with(rows, "outcome2TargetDateDay", "32", "outcome2TargetDateMonth",
                "13", "outcome2TargetDateYear", "2027"));

        assertThat(refused).contains(NOT_A_DATE, "Write the contingency plan", "Amira sleeps well", "Nights woken");
        assertThat(count("SELECT count(*) FROM plan_outcome WHERE plan_id = :id", plan)).isZero();

        String another = mvc.perform(request(worker, path, with(rows, "action", "add"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(another).contains("name=\"outcome4WillChange\"", "Amira sleeps well")
                .doesNotContain("name=\"outcome5WillChange\"");

        MockHttpServletResponse saved = post(worker, path, with(rows, "contingency", "Refer to the sleep clinic"));

        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(plans.outcomes(plan)).singleElement().satisfies(o -> {
            assertThat(o.position()).isEqualTo(2);
            assertThat(o.indicator()).isEqualTo("Nights woken");
        });
    }

    @Test
    void theNeglectToolReadsAGradeByItemAndARefusedOneShowsEveryMessageAtOnce() throws Exception {
        StaffMember worker = council.user(Role.SOCIAL_WORKER);
        String path = "/children/" + child + "/neglect-tool";
        List<NeglectToolDefinition.Item> items = neglectTool.definition().items();
        Map<String, String> graded = new java.util.LinkedHashMap<>(Map.of("notes", "Fridge nearly empty"));
        items.forEach(item -> graded.put("grade-" + item.id(), "2"));
        Map<String, String> oneMissing = new java.util.LinkedHashMap<>(graded);
        oneMissing.remove("grade-" + items.get(0).id());

        String refused = refused(worker, path, with(oneMissing, "completedOnDay", "30", "completedOnMonth", "2",
                "completedOnYear", String.valueOf(today.getYear())));

        assertThat(refused).contains(NOT_A_DATE, "Enter who in the family took part",
                "Select a grade for " + items.get(0).name().toLowerCase(), "Fridge nearly empty");
        assertThat(count("SELECT count(*) FROM neglect_tool_completion WHERE person_id = :id", child)).isZero();

        MockHttpServletResponse saved = post(worker, path, with(graded, heldOn("completedOn", today), "tookPart",
                "Mother"));

        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(neglectTool.completions(child)).hasSize(1);
        assertThat(count("""
                SELECT count(*) FROM neglect_tool_grade g JOIN neglect_tool_completion c ON c.id = g.completion_id
                WHERE c.person_id = :id AND g.grade = 2""", child)).isEqualTo(items.size());
    }

    @Test
    void aSupervisionChecksTheLastActionsByIdAndARefusedOneShowsEveryMessageAtOnce() throws Exception {
        StaffMember manager = council.user(Role.TEAM_MANAGER);
        supervisions.record(child, new SupervisionRecord(council.user(Role.SOCIAL_WORKER).id(), today.minusDays(30),
                null, null, "She likes her school", "Keep visiting", List.of(new SupervisionRecord.NewAction(
                        "Call the school", "Sam", today.plusDays(5))), Map.of()), manager);
        UUID action = supervisions.openActions(child).get(0).id();
        String path = "/children/" + child + "/supervision";
        Map<String, String> supervision = Map.of("childWouldSay", "Things are calmer", "action1", "Book the GP",
                "action1Owner", "Mother", "checkNote-" + action, "School called back");

        String refused = refused(manager, path, with(supervision, "heldOnDay", "29", "heldOnMonth", "2",
                "heldOnYear", "2023", "action1DueDay", "1", "action1DueMonth", "1", "action1DueYear",
                String.valueOf(today.getYear() + 1)));

        assertThat(refused).contains(NOT_A_DATE, "Record the decisions made",
                "Say whether this action from the last supervision was done", "Book the GP", "School called back");
        assertThat(count("SELECT count(*) FROM supervision WHERE person_id = :id", child)).isEqualTo(1);

        MockHttpServletResponse saved = post(manager, path, with(supervision, heldOn("heldOn", today), "decisions",
                "Continue the plan", "check-" + action, "yes", heldOn("action1Due", today.plusDays(14))));

        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT check_note FROM supervision_action WHERE id = :id").param("id", action)
                .query(String.class).single()).isEqualTo("School called back");
        assertThat(supervisions.openActions(child)).extracting(Supervisions.Action::action).containsExactly("Book the GP");
    }

    @Test
    void aSubmittedAssessmentWithABadDateShowsTheSubmissionsMessagesTooAndSavesNothing() throws Exception {
        StaffMember worker = council.user(Role.SOCIAL_WORKER);
        AssessmentId assessment = assessments.startFromRecord(child, today.minusDays(3), worker);
        String path = "/children/" + child + "/assessments/" + assessment;
        Map<String, String> draft = Map.of("version", "0", "seenBy", "Sam Worker", "seenAlone", "true",
                "factors", "3A", "childWords", "I like my room");

        String refused = refused(worker, path, with(draft, "seenOnDay", "31", "seenOnMonth", "4", "seenOnYear",
                String.valueOf(today.getYear()), "action", "submit"));

        assertThat(refused).contains(NOT_A_DATE, "Describe the impact on the child", "Select the outcome",
                "I like my room");
        assertThat(assessments.find(assessment).orElseThrow().version()).isZero();

        MockHttpServletResponse saved = post(worker, path, with(draft, heldOn("seenOn", today.minusDays(1)),
                "action", "save"));

        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(assessments.find(assessment).orElseThrow().content().childWords()).isEqualTo("I like my room");
        assertThat(assessments.find(assessment).orElseThrow().content().factors()).containsExactly("3A");
    }

    @Test
    void aReferralReadsItsChildRowsAndARefusedOneShowsEveryMessageAtOnce() throws Exception {
        StaffMember partner = council.user(Role.PARTNER_REFERRER);
        Map<String, String> referral = Map.of("referralSource", "2A", "child0Forenames", "Nia",
                "child0Surname", "Rows" + council.tag(), "child1Forenames", "Tom", "child1Surname",
                "Rows" + council.tag(), "urgency", "STANDARD", "consent", "GIVEN", "referrerName", "Dee Lead",
                "referrerPhone", "01632 960555");

        String refused = refused(partner, "/referrals/new", with(referral, "child1DobDay", "30", "child1DobMonth",
                "2", "child1DobYear", "2016"));

        assertThat(refused).contains(NOT_A_DATE, "Tom", "Dee Lead").contains("Describe what you are worried about");
        assertThat(count("SELECT count(*) FROM contact_child WHERE surname = :id", "Rows" + council.tag())).isZero();

        MockHttpServletResponse saved = post(partner, "/referrals/new", with(referral, "worry",
                "Nia is frightened to go home", "child1DobDay", "1", "child1DobMonth", "3", "child1DobYear", "2016"));

        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT forenames FROM contact_child WHERE surname = :s ORDER BY position")
                .param("s", "Rows" + council.tag()).query(String.class).list()).containsExactly("Nia", "Tom");
    }

    @Test
    void aVisitWithABadDateShowsEveryMessageAtOnceAndItsDraftKeepsOnlyTheFormsFields() throws Exception {
        StaffMember worker = council.user(Role.SOCIAL_WORKER);
        String path = "/children/" + child + "/visits";

        String refused = refused(worker, path, Map.of("visitedOnDay", "31", "visitedOnMonth", "6", "visitedOnYear",
                String.valueOf(today.getYear()), "observations", "Warm and tidy"));

        assertThat(refused).contains(NOT_A_DATE, "Select whether the child was seen", "Warm and tidy");
        assertThat(count("SELECT count(*) FROM visit WHERE person_id = :id", child)).isZero();

        post(worker, path + "/draft", Map.of("whoSeen", "Amira and her mother", "notAField", "kept nowhere"));

        Map<String, Object> fields = jdbc.sql("SELECT fields::text AS f FROM form_draft WHERE form_key = :k")
                .param("k", "visit:" + child).query().singleRow();
        assertThat(fields.get("f").toString()).contains("Amira and her mother").doesNotContain("notAField");
    }

    @Test
    void aVisitWhereTheChildWasSeenNeedsTheirWordsAndAsksWhyNotAloneOnlyWhenTheAnswerIsNo() throws Exception {
        StaffMember worker = council.user(Role.SOCIAL_WORKER);
        String path = "/children/" + child + "/visits";
        Map<String, String> seen = with(Map.of("visitType", "UNANNOUNCED", "place", "HOME", "childSeen", "yes",
                "seenAlone", "yes"), heldOn("visitedOn", today));

        String refused = refused(worker, path, seen);
        assertThat(refused).contains("Record what the child said, or why their words could not be recorded")
                .doesNotContain("Record why the child was not seen alone", "Record why the child was not seen<")
                .contains("data-aria-controls=\"conditional-childSeen-no\"", "id=\"conditional-seenAlone-no\"")
                .as("the revealed questions are not hidden by the server, so they show without JavaScript")
                .doesNotContain("govuk-radios__conditional--hidden");
        assertThat(count("SELECT count(*) FROM visit WHERE person_id = :id", child)).isZero();

        assertThat(post(worker, path, with(seen, "wordsNotRecordedReason", "Baby, six weeks old")).getStatus())
                .isEqualTo(302);
        assertThat(jdbc.sql("SELECT visit_type || ' ' || place || ' ' || words_not_recorded_reason FROM visit"
                + " WHERE person_id = :id").param("id", child).query(String.class).single())
                .isEqualTo("UNANNOUNCED HOME Baby, six weeks old");
    }

    @Test
    void aStrategyDiscussionStartsWithSocialCareTickedKeepsTicksAndRowsWhenRefusedAndStoresItsParticipants()
            throws Exception {
        StaffMember worker = council.user(Role.SOCIAL_WORKER);
        String page = "/children/" + child + "/child-protection";
        String path = "/children/" + child + "/strategy-discussions";
        assertThat(get(worker, page)).containsPattern(ticked("SOCIAL_CARE")).doesNotContainPattern(ticked("POLICE"));

        Map<String, String> typed = Map.of("heldOnDay", "31", "heldOnMonth", "2", "heldOnYear",
                String.valueOf(today.getYear()), "agencies", "POLICE", "participant2Name", "Sam Whitfield",
                "participant2Agency", "POLICE", "participant2Role", "Detective constable", "participant3Role",
                "School nurse");
        MockHttpServletResponse response = mvc.perform(request(worker, path, typed).param("agencies", "HEALTH"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString())
                .contains(NOT_A_DATE, "Enter who chaired the discussion", "Record what was shared",
                        "Select what was decided", "Enter the name of participant 3", "Sam Whitfield",
                        "Detective constable", "School nurse")
                .containsPattern(ticked("POLICE")).containsPattern(ticked("HEALTH"))
                .doesNotContainPattern(ticked("SOCIAL_CARE"))
                .containsPattern("<option value=\"POLICE\" selected");
        assertThat(count("SELECT count(*) FROM strategy_discussion WHERE person_id = :id", child)).isZero();

        Map<String, String> valid = with(Map.of("agencies", "SOCIAL_CARE", "chair", "Helen Okafor",
                "participant1Name", "Sam Whitfield", "participant1Agency", "POLICE", "participant1Role",
                "Detective constable", "shared", "Two call-outs", "decision", "S47_JOINT"),
                // Yesterday: with no time given a discussion is taken as held at noon, which today may not have reached.
                heldOn("heldOn", today.minusDays(1)));
        assertThat(mvc.perform(request(worker, path, valid).param("agencies", "POLICE")).andReturn().getResponse()
                .getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("""
                SELECT d.chair || ': ' || p.name || ', ' || p.agency || ', ' || p.role FROM strategy_discussion d
                JOIN strategy_discussion_participant p ON p.discussion_id = d.id WHERE d.person_id = :id""")
                .param("id", child).query(String.class).list())
                .containsExactly("Helen Okafor: Sam Whitfield, POLICE, Detective constable");
        assertThat(get(worker, page)).contains("Sam Whitfield, Police (Detective constable)", "Helen Okafor");
    }

    private String get(StaffMember as, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(path)
                .with(user(users.loadUserByUsername(as.username())))).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET %s", path).isEqualTo(200);
        return response.getContentAsString();
    }

    /** A checkbox of the agencies group, ticked. */
    private static String ticked(String agency) {
        return "name=\"agencies\" type=\"checkbox\"\\s+value=\"" + agency + "\" checked";
    }

    @Test
    void aSupervisionStartsWithOneActionRowAndAddAnotherShowsTheFormAgainWithOneMoreKeepingWhatWasTyped()
            throws Exception {
        StaffMember manager = council.user(Role.TEAM_MANAGER);
        String path = "/children/" + child + "/supervision";
        assertThat(get(manager, path)).contains("name=\"action1\"", "Add another action")
                .doesNotContain("name=\"action2\"");

        MockHttpServletResponse more = post(manager, path, Map.of("rows", "1", "addAction", "yes", "action1",
                "Book the GP", "decisions", "Continue the plan"));
        assertThat(more.getStatus()).isEqualTo(200);
        assertThat(more.getContentAsString()).contains("name=\"action2\"", "value=\"Book the GP\"",
                "Continue the plan").doesNotContain("name=\"action3\"", "govuk-error-summary");
        assertThat(count("SELECT count(*) FROM supervision WHERE person_id = :id", child)).isZero();

        MockHttpServletResponse saved = post(manager, path, with(Map.of("rows", "2", "childWouldSay", "Calmer",
                "decisions", "Continue the plan", "action1", "Book the GP", "action1Owner", "Mother", "action2",
                "Call the school", "action2Owner", "Sam"), heldOn("heldOn", today),
                heldOn("action1Due", today.plusDays(7)), heldOn("action2Due", today.plusDays(14))));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(supervisions.openActions(child)).extracting(Supervisions.Action::action)
                .containsExactlyInAnyOrder("Book the GP", "Call the school");
    }

    private String refused(StaffMember as, String path, Map<String, String> form) throws Exception {
        MockHttpServletResponse response = post(as, path, form);
        assertThat(response.getStatus()).as("%s refused", path).isEqualTo(400);
        return response.getContentAsString();
    }

    private MockHttpServletResponse post(StaffMember as, String path, Map<String, String> form) throws Exception {
        return mvc.perform(request(as, path, form)).andReturn().getResponse();
    }

    private MockHttpServletRequestBuilder request(StaffMember as, String path, Map<String, String> form) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(user(users.loadUserByUsername(as.username())))
                .with(csrf());
        form.forEach(request::param);
        return request;
    }

    private long count(String sql, Object id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    /** The three boxes of a date field, as a form posts them. */
    private static String[] heldOn(String field, LocalDate date) {
        return new String[] {field + "Day", String.valueOf(date.getDayOfMonth()), field + "Month",
                String.valueOf(date.getMonthValue()), field + "Year", String.valueOf(date.getYear())};
    }

    private static Map<String, String> with(Map<String, String> form, Object... more) {
        Map<String, String> copy = new java.util.LinkedHashMap<>(form);
        List<String> pairs = new java.util.ArrayList<>();
        for (Object o : more) {
            if (o instanceof String[] many) {
                pairs.addAll(List.of(many));
            } else {
                pairs.add((String) o);
            }
        }
        for (int i = 0; i < pairs.size(); i += 2) {
            copy.put(pairs.get(i), pairs.get(i + 1));
        }
        return copy;
    }
}

package hearth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import hearth.FixtureCouncil;
import hearth.returns.jobs.ReturnsJobFixtures;
import hearth.HearthTest;
import hearth.platform.PersonId;
import jakarta.servlet.ServletException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
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
 * Who may do what, written out: every route the application serves, visited by a user in
 * every role (and a social worker of another team), on a real record of the right kind,
 * and the answer compared with the one written in the table below. The table is the
 * council's policy in words (README's demo users), deliberately not worked out from
 * {@link Role} or the security configuration, so a mistake there shows here.
 *
 * <p>Answers: {@code ok} the page, the redirect after a post, or the record's own answer to an
 * empty form (its error summary, or "changed by someone else" for a decision without its version); {@code no} 403 or the
 * no-access page; {@code why} the "state a reason" page; {@code 400}/{@code 404} only where
 * written. Any 5xx fails. POSTs carry an empty (or harmless) form, so an allowed one answers
 * with the form's error messages and changes nothing. A route without a row fails.
 *
 * <p>The partner API takes bearer tokens only, never a signed-in session (its own tests
 * cover scopes and organisations).
 */
@HearthTest
class AuthorisationMatrixTests {

    /** The table's columns, in order. OUTSIDER is a social worker in another team. */
    enum Who { SW, FSW, TM, HOS, MASH, MM, CHAIR, OOH, ADMIN, PARTNER, PERF, OUTSIDER }

    /**
     * Which real record a row's path is about. TEAM_CHILD is allocated to the fixture's social
     * worker in the team that the fixture's family support worker and manager work in.
     */
    enum Subject {
        NONE, TEAM_CHILD, RESTRICTED_CHILD, FRONT_DOOR_CHILD, CHAIRED_CHILD, CONTACT, DECIDED_CONTACT, TRANSFER, USER,
        HOLIDAY, PROBLEM_TYPE, RETURNS_JOB
    }

    // @formatter:off
    static final List<Row> ROWS = List.of(
        //                                                                                       SW  FSW TM  HOS MASH MM CHAIR OOH ADMIN PARTNER PERF OUTSIDER
        row("GET  /",                                                      Subject.NONE,        "ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        row("GET  /sign-in",                                               Subject.NONE,        "ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        row("GET  /signed-out",                                            Subject.NONE,        "ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        row("GET  /no-access",                                             Subject.NONE,        "no  no  no  no  no  no  no  no  no  no  no  no"), // the page itself
        row("GET  /accessibility",                                         Subject.NONE,        "ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        row("GET  /api/problems",                                          Subject.NONE,        "ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        row("GET  /api/problems/{slug}",                                   Subject.PROBLEM_TYPE, "ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        row("GET  /session/keep-alive",                                    Subject.NONE,        "ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        row("GET  /my-work",                                               Subject.NONE,        "ok  ok  ok  ok  ok  ok  ok  ok  ok  no  no  ok"),
        row("GET  /supervision",                                           Subject.NONE,        "ok  ok  ok  ok  ok  ok  ok  ok  ok  no  no  ok"),
        row("GET  /people/search?name=Amira",                              Subject.NONE,        "ok  ok  ok  ok  ok  ok  ok  ok  ok  no  no  ok"),
        row("GET  /people/new",                                            Subject.NONE,        "ok  ok  ok  ok  ok  ok  ok  ok  ok  no  no  ok"),
        row("POST /people/new",                                            Subject.NONE,        "ok  ok  ok  ok  ok  ok  ok  ok  ok  no  no  ok"),
        row("GET  /team/quality",                                          Subject.NONE,        "no  no  ok  ok  no  ok  no  no  no  no  no  no"),
        row("GET  /allocation/waiting",                                    Subject.NONE,        "no  no  ok  ok  no  ok  no  no  no  no  no  no"),
        row("GET  /figures",                                               Subject.NONE,        "no  no  ok  ok  no  ok  no  no  no  no  ok  no"),
        row("GET  /figures/timeliness",                                    Subject.NONE,        "no  no  ok  ok  no  ok  no  no  no  no  ok  no"),
        row("GET  /insight/neglect",                                       Subject.NONE,        "no  no  ok  ok  no  ok  no  no  no  no  ok  no"),
        row("GET  /insight/neglect.csv",                                   Subject.NONE,        "no  no  ok  ok  no  ok  no  no  no  no  ok  no"),
        row("GET  /insight/neglect/children",                              Subject.NONE,        "no  no  ok  ok  no  ok  no  no  no  no  ok  no"),
        row("GET  /insight/sources",                                       Subject.NONE,        "no  no  ok  ok  no  ok  no  no  no  no  ok  no"),
        row("GET  /insight/sources.csv",                                   Subject.NONE,        "no  no  ok  ok  no  ok  no  no  no  no  ok  no"),
        row("GET  /insight/sources/children",                              Subject.NONE,        "no  no  ok  ok  no  ok  no  no  no  no  ok  no"),
        row("GET  /insight/timeliness",                                    Subject.NONE,        "no  no  ok  ok  no  ok  no  no  no  no  ok  no"),
        row("GET  /insight/timeliness.csv",                                Subject.NONE,        "no  no  ok  ok  no  ok  no  no  no  no  ok  no"),
        row("GET  /insight/timeliness/children",                           Subject.NONE,        "no  no  ok  ok  no  ok  no  no  no  no  ok  no"),
        row("GET  /insight/timeliness/children?step=CHILD_AND_FAMILY_ASSESSMENT&figure=met", Subject.NONE,        "no  no  ok  ok  no  ok  no  no  no  no  ok  no"),
        row("GET  /insight/timeliness/children?step=CONTACT_DECISION&figure=late", Subject.NONE,        "no  no  ok  ok  no  ok  no  no  no  no  ok  no"),
        row("GET  /insight/timeliness/children?figure=late",               Subject.NONE,        "no  no  ok  ok  no  ok  no  no  no  no  ok  no"),
        row("GET  /insight/timeliness/children?step=NOT_A_STEP",           Subject.NONE,        "400 400 400 400 400 400 400 400 400 400 400 400"),
        row("GET  /insight/workforce",                                     Subject.NONE,        "no  no  ok  ok  no  ok  no  no  no  no  ok  no"),
        row("GET  /insight/workforce.csv",                                 Subject.NONE,        "no  no  ok  ok  no  ok  no  no  no  no  ok  no"),
        row("GET  /insight/workforce/children",                            Subject.NONE,        "no  no  ok  ok  no  ok  no  no  no  no  ok  no"),
        row("GET  /insight/help",                                          Subject.NONE,        "no  no  ok  ok  no  ok  no  no  no  no  ok  no"),
        row("GET  /insight/help.csv",                                      Subject.NONE,        "no  no  ok  ok  no  ok  no  no  no  no  ok  no"),
        row("GET  /insight/help/children",                                 Subject.NONE,        "no  no  ok  ok  no  ok  no  no  no  no  ok  no"),
        row("GET  /insight/help/children?figure=met",                      Subject.NONE,        "no  no  ok  ok  no  ok  no  no  no  no  ok  no"),
        row("GET  /insight/help/children?figure=progressing",              Subject.NONE,        "no  no  ok  ok  no  ok  no  no  no  no  ok  no"),
        row("GET  /insight/help/children?figure=not-progressing",          Subject.NONE,        "no  no  ok  ok  no  ok  no  no  no  no  ok  no"),
        row("GET  /insight/thresholds",                                    Subject.NONE,        "no  no  ok  ok  no  ok  no  no  no  no  ok  no"),
        row("GET  /insight/thresholds.csv",                                Subject.NONE,        "no  no  ok  ok  no  ok  no  no  no  no  ok  no"),
        row("GET  /insight/thresholds/children",                           Subject.NONE,        "no  no  ok  ok  no  ok  no  no  no  no  ok  no"),
        row("GET  /insight/population",                                    Subject.NONE,        "no  no  no  ok  no  no  no  no  no  no  ok  no"),
        row("POST /insight/population",                                    Subject.NONE,        "no  no  no  ok  no  no  no  no  no  no  ok  no"),
        row("POST /insight/wards",                                         Subject.NONE,        "no  no  no  ok  no  no  no  no  no  no  ok  no"),
        row("GET  /returns/annex-a",                                       Subject.NONE,        "no  no  no  ok  no  no  no  no  no  no  ok  no"),
        row("POST /returns/annex-a",                                       Subject.NONE,        "no  no  no  ok  no  no  no  no  no  no  ok  no"),
        row("GET  /returns/census",                                        Subject.NONE,        "no  no  no  ok  no  no  no  no  no  no  ok  no"),
        row("POST /returns/census",                                        Subject.NONE,        "no  no  no  ok  no  no  no  no  no  no  ok  no"),
        row("GET  /returns/census/upload",                                 Subject.NONE,        "no  no  no  ok  no  no  no  no  no  no  ok  no"),
        row("POST /returns/census/upload",                                 Subject.NONE,        "no  no  no  ok  no  no  no  no  no  no  ok  no"),
        row("GET  /returns/jobs/{id}",                                     Subject.RETURNS_JOB, "no  no  no  ok  no  no  no  no  no  no  ok  no"),
        row("GET  /returns/jobs/{id}/findings.csv",                        Subject.RETURNS_JOB, "no  no  no  ok  no  no  no  no  no  no  ok  no"),
        row("GET  /returns/jobs/{id}/census.xml",                          Subject.RETURNS_JOB, "no  no  no  ok  no  no  no  no  no  no  ok  no"),

        // A child's record: the team, their managers; out-of-hours and administrators after a reason.
        row("GET  /people/{id}",                                           Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("GET  /people/{id}/edit",                                      Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("POST /people/{id}/edit",                                      Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("GET  /people/{id}/address",                                   Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("POST /people/{id}/address",                                   Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("GET  /people/{id}/relationships/new",                         Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("POST /people/{id}/relationships/new",                         Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("GET  /people/{id}/professionals/new",                         Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("POST /people/{id}/professionals/new",                         Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("GET  /children/{id}",                                         Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("GET  /children/{id}/chronology",                              Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("GET  /children/{id}/chronology.csv",                          Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("GET  /children/{id}/child-protection",                        Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("POST /children/{id}/strategy-discussions",                    Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("POST /children/{id}/enquiries/{enquiryId}/conclusion",        Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("POST /children/{id}/enquiries/{enquiryId}/conference",        Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("GET  /children/{id}/plans",                                   Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("POST /children/{id}/plans",                                   Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("POST /children/{id}/plans/{planId}/meetings",                 Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("GET  /children/{id}/plans/{planId}/content",                  Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("POST /children/{id}/plans/{planId}/content",                  Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("POST /children/{id}/plans/{planId}/ending",                   Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("GET  /children/{id}/visits",                                  Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("POST /children/{id}/visits",                                  Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("POST /children/{id}/visits/draft",                            Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("GET  /children/{id}/assessments",                             Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("POST /children/{id}/assessments",                             Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("GET  /children/{id}/assessments/{assessmentId}",              Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("POST /children/{id}/assessments/{assessmentId}",              Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("GET  /children/{id}/neglect-tool",                            Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("POST /children/{id}/neglect-tool",                            Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("GET  /children/{id}/quality",                                 Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("GET  /children/{id}/engagement",                              Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("POST /children/{id}/engagement",                              Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("GET  /children/{id}/supervision",                             Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("POST /children/{id}/supervision",                             Subject.TEAM_CHILD,  "no  no  ok  ok  no  no  no  why why no  no  no"),
        row("GET  /children/{id}/oversight",                               Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("POST /children/{id}/oversight",                               Subject.TEAM_CHILD,  "no  no  ok  ok  no  no  no  why why no  no  no"),
        row("GET  /children/{id}/transfer",                                Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("POST /children/{id}/transfer",                                Subject.TEAM_CHILD,  "ok  ok  ok  ok  no  no  no  why why no  no  no"),
        row("GET  /children/{id}/reason",                                  Subject.TEAM_CHILD,  "ok  ok  ok  ok  ok  ok  ok  ok  ok  no  no  ok"),
        row("POST /children/{id}/reason",                                  Subject.TEAM_CHILD,  "ok  ok  ok  ok  ok  ok  ok  ok  ok  no  no  ok"),
        // A manager's decisions on the record: the team's manager and the head of service.
        row("POST /children/{id}/assessments/{assessmentId}/authorisation", Subject.TEAM_CHILD, "no  no  ok  ok  no  no  no  no  no  no  no  no"),
        row("POST /children/{id}/assessments/{assessmentId}/return",       Subject.TEAM_CHILD,  "no  no  ok  ok  no  no  no  no  no  no  no  no"),
        row("GET  /children/{id}/closure",                                 Subject.TEAM_CHILD,  "no  no  ok  ok  no  no  no  no  no  no  no  no"),
        row("POST /children/{id}/closure",                                 Subject.TEAM_CHILD,  "no  no  ok  ok  no  no  no  no  no  no  no  no"),
        row("GET  /children/{id}/audit",                                   Subject.TEAM_CHILD,  "no  no  ok  ok  no  no  no  no  no  no  no  no"),
        row("GET  /children/{id}/allocate",                                Subject.TEAM_CHILD,  "no  no  ok  ok  no  no  no  no  no  no  no  no"),
        row("POST /children/{id}/allocate",                                Subject.TEAM_CHILD,  "no  no  ok  ok  no  no  no  no  no  no  no  no"),

        // A restricted record opens only for the users named on it (the manager and the worker).
        row("GET  /children/{id}",                                         Subject.RESTRICTED_CHILD, "ok  no  ok  no  no  no  no  no  no  no  no  no"),
        row("GET  /people/{id}",                                           Subject.RESTRICTED_CHILD, "ok  no  ok  no  no  no  no  no  no  no  no  no"),
        row("GET  /children/{id}/chronology",                              Subject.RESTRICTED_CHILD, "ok  no  ok  no  no  no  no  no  no  no  no  no"),
        row("POST /children/{id}/visits",                                  Subject.RESTRICTED_CHILD, "ok  no  ok  no  no  no  no  no  no  no  no  no"),
        // A manager or head of service who can open the record restricts it; once restricted, only those named on it
        // (here the team manager and the allocated worker) see the restriction, change who is named or lift it.
        row("GET  /children/{id}/restriction",                             Subject.TEAM_CHILD,  "no  no  ok  ok  no  no  no  no  no  no  no  no"),
        row("POST /children/{id}/restriction",                             Subject.TEAM_CHILD,  "no  no  ok  ok  no  no  no  no  no  no  no  no"),
        row("GET  /children/{id}/restriction",                             Subject.RESTRICTED_CHILD, "ok  no  ok  no  no  no  no  no  no  no  no  no"),
        row("POST /children/{id}/restriction",                             Subject.RESTRICTED_CHILD, "ok  no  ok  no  no  no  no  no  no  no  no  no"),
        row("POST /children/{id}/restriction/lift",                        Subject.RESTRICTED_CHILD, "ok  no  ok  no  no  no  no  no  no  no  no  no"),
        // The front door sees a child while a contact about them is open.
        row("GET  /children/{id}",                                         Subject.FRONT_DOOR_CHILD, "no  no  no  ok  ok  ok  no  why why no  no  no"),
        row("GET  /people/{id}",                                           Subject.FRONT_DOOR_CHILD, "no  no  no  ok  ok  ok  no  why why no  no  no"),
        row("GET  /children/{id}/chronology",                              Subject.FRONT_DOOR_CHILD, "no  no  no  ok  ok  ok  no  why why no  no  no"),
        // A conference chair sees the children whose conferences they chair.
        row("GET  /children/{id}",                                         Subject.CHAIRED_CHILD, "no  no  no  ok  no  no  ok  why why no  no  no"),
        row("GET  /people/{id}",                                           Subject.CHAIRED_CHILD, "no  no  no  ok  no  no  ok  why why no  no  no"),
        row("GET  /children/{id}/child-protection",                        Subject.CHAIRED_CHILD, "no  no  no  ok  no  no  ok  why why no  no  no"),

        // A transfer into the team: its manager decides (the posts name no worker of the team, give no reason).
        row("POST /transfers/{id}/acceptance?workerId={notInTeam}",        Subject.TRANSFER,    "no  no  ok  no  no  no  no  no  no  no  no  no"),
        row("POST /transfers/{id}/decline",                                Subject.TRANSFER,    "no  no  ok  no  no  no  no  no  no  no  no  no"),

        // The front door: the hub, the head of service and out-of-hours; authorising is the hub's managers'.
        row("GET  /front-door",                                            Subject.NONE,        "no  no  no  ok  ok  ok  no  ok  no  no  no  no"),
        row("GET  /front-door/conversion",                                 Subject.NONE,        "no  no  no  ok  ok  ok  no  ok  no  no  no  no"),
        row("GET  /front-door/police-notifications",                       Subject.NONE,        "no  no  no  ok  ok  ok  no  ok  no  no  no  no"),
        row("POST /front-door/police-notifications",                       Subject.NONE,        "no  no  no  ok  ok  ok  no  ok  no  no  no  no"),
        row("GET  /front-door/contacts/new",                               Subject.NONE,        "no  no  no  ok  ok  ok  no  ok  no  no  no  no"),
        row("POST /front-door/contacts/new",                               Subject.NONE,        "no  no  no  ok  ok  ok  no  ok  no  no  no  no"),
        row("GET  /front-door/contacts/{id}",                              Subject.CONTACT,     "no  no  no  ok  ok  ok  no  ok  no  no  no  no"),
        row("POST /front-door/contacts/{id}/assign",                       Subject.CONTACT,     "no  no  no  ok  ok  ok  no  ok  no  no  no  no"),
        row("POST /front-door/contacts/{id}/priority?priority=RED",        Subject.CONTACT,     "no  no  no  ok  ok  ok  no  ok  no  no  no  no"),
        row("POST /front-door/contacts/{id}/match?position=0",             Subject.CONTACT,     "no  no  no  ok  ok  ok  no  ok  no  no  no  no"),
        row("POST /front-door/contacts/{id}/record-child?position=0",      Subject.CONTACT,     "no  no  no  ok  ok  ok  no  ok  no  no  no  no"),
        row("POST /front-door/contacts/{id}/requests",                     Subject.CONTACT,     "no  no  no  ok  ok  ok  no  ok  no  no  no  no"),
        row("POST /front-door/contacts/{id}/requests/{requestId}/response", Subject.CONTACT,    "no  no  no  ok  ok  ok  no  ok  no  no  no  no"),
        row("POST /front-door/contacts/{id}/decide",                       Subject.CONTACT,     "no  no  no  ok  ok  ok  no  ok  no  no  no  no"),
        row("POST /front-door/contacts/{id}/authorise",                    Subject.DECIDED_CONTACT, "no  no  no  ok  no  ok  no  no  no  no  no  no"),
        row("POST /front-door/contacts/{id}/authorise-changed",            Subject.DECIDED_CONTACT, "no  no  no  ok  no  ok  no  no  no  no  no  no"),

        // Partners make referrals and see their organisation's.
        row("GET  /referrals",                                             Subject.NONE,        "no  no  no  no  no  no  no  no  no  ok  no  no"),
        row("GET  /referrals/new",                                         Subject.NONE,        "no  no  no  no  no  no  no  no  no  ok  no  no"),
        row("POST /referrals/new",                                         Subject.NONE,        "no  no  no  no  no  no  no  no  no  ok  no  no"),
        row("GET  /referrals/{id}",                                        Subject.CONTACT,     "no  no  no  no  no  no  no  no  no  ok  no  no"),
        row("GET  /referrals/{id}/edit",                                   Subject.CONTACT,     "no  no  no  no  no  no  no  no  no  ok  no  no"),

        // Administration.
        row("GET  /admin/users",                                           Subject.NONE,        "no  no  no  no  no  no  no  no  ok  no  no  no"),
        row("POST /admin/users",                                           Subject.NONE,        "no  no  no  no  no  no  no  no  ok  no  no  no"),
        row("POST /admin/teams",                                           Subject.NONE,        "no  no  no  no  no  no  no  no  ok  no  no  no"),
        row("POST /admin/users/{id}/unlock",                               Subject.USER,        "no  no  no  no  no  no  no  no  ok  no  no  no"),
        row("GET  /admin/bank-holidays",                                   Subject.NONE,        "no  no  no  no  no  no  no  no  ok  no  no  no"),
        row("POST /admin/bank-holidays",                                   Subject.NONE,        "no  no  no  no  no  no  no  no  ok  no  no  no"),
        row("POST /admin/bank-holidays/{day}/removal",                     Subject.HOLIDAY,     "no  no  no  no  no  no  no  no  ok  no  no  no"),

        // The partner API answers bearer tokens only.
        row("GET  /api/v1/referrals",                                      Subject.NONE,        "no  no  no  no  no  no  no  no  no  no  no  no"),
        row("POST /api/v1/referrals",                                      Subject.NONE,        "no  no  no  no  no  no  no  no  no  no  no  no"),
        row("GET  /api/v1/referrals/{id}",                                 Subject.CONTACT,     "no  no  no  no  no  no  no  no  no  no  no  no"),
        row("POST /api/v1/police-notifications",                           Subject.NONE,        "no  no  no  no  no  no  no  no  no  no  no  no"));
    // @formatter:on

    /** Routes anyone may open without signing in. */
    static final Set<String> PUBLIC = Set.of("/sign-in", "/signed-out", "/no-access", "/accessibility", "/api/problems",
            "/api/problems/{slug}");

    @Autowired MockMvc mvc;
    @Autowired FixtureCouncil fixtures;
    @Autowired ReturnsJobFixtures returnsJobs;
    @Autowired UserDetailsService users;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    FixtureCouncil.Council council;
    Map<Subject, Map<String, String>> ids;

    @BeforeEach
    void council() throws Exception {
        council = fixtures.create();
        PersonId teamChild = fixtures.allocatedChild(council);
        FixtureCouncil.FrontDoorChild atTheFrontDoor = fixtures.childAtTheFrontDoor(council);
        ids = new EnumMap<>(Subject.class);
        ids.put(Subject.NONE, Map.of());
        ids.put(Subject.PROBLEM_TYPE, Map.of("slug", "unauthenticated"));
        ids.put(Subject.TEAM_CHILD, Map.of("id", teamChild.toString(),
                "planId", fixtures.childInNeedPlan(council, teamChild).toString(),
                "assessmentId", fixtures.assessment(council, teamChild).toString(),
                "enquiryId", fixtures.enquiry(council, teamChild).toString()));
        ids.put(Subject.RESTRICTED_CHILD, Map.of("id", fixtures.restrictedChild(council).toString()));
        ids.put(Subject.FRONT_DOOR_CHILD, Map.of("id", atTheFrontDoor.child().toString()));
        ids.put(Subject.CHAIRED_CHILD, Map.of("id", fixtures.chairedChild(council).toString()));
        ids.put(Subject.CONTACT, Map.of("id", atTheFrontDoor.contact().toString(),
                "requestId", fixtures.informationRequest(council, atTheFrontDoor.contact()).toString()));
        ids.put(Subject.DECIDED_CONTACT, Map.of("id", fixtures.decisionAwaitingAuthorisation(council).toString()));
        ids.put(Subject.TRANSFER, Map.of("id", fixtures.transferIntoTheTeam(council).toString(),
                "notInTeam", council.outsider().id().toString()));
        ids.put(Subject.USER, Map.of("id", council.user(Role.SOCIAL_WORKER).id().toString()));
        ids.put(Subject.RETURNS_JOB, Map.of("id", returnsJobs.finishedExport().toString()));
        ids.put(Subject.HOLIDAY, Map.of("day", fixtures.bankHoliday(council, LocalDate.of(2031, 1, 7)).toString()));
    }

    @Test
    void everyRoleGetsExactlyWhatTheTableSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            StaffMember member = who == Who.OUTSIDER ? council.outsider() : council.user(role(who));
            for (Row row : ROWS) {
                String actual = answer(row.request(ids.get(row.subject()))
                        .with(user(users.loadUserByUsername(member.username()))));
                if (!actual.equals(row.expected(who))) {
                    wrong.add(who + " " + row.route() + " on " + row.subject() + ": expected " + row.expected(who)
                            + " but " + actual);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void anonymousVisitorsAreSentToSignInForEveryRouteButPublicOnes() throws Exception {
        for (Row row : ROWS) {
            MockHttpServletResponse response = mvc.perform(row.request(ids.get(row.subject()))).andReturn().getResponse();
            if (PUBLIC.contains(row.path())) {
                assertThat(response.getStatus()).as(row.route()).isEqualTo(200);
            } else if (row.path().startsWith("/api/")) {
                assertThat(response.getStatus()).as(row.route()).isEqualTo(401);
            } else {
                assertThat(response.getRedirectedUrl()).as(row.route()).endsWith("/sign-in");
            }
        }
    }

    @Test
    void theTableHasARowForEveryRouteTheApplicationServesAndNoOther() {
        Set<String> served = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/error")) {
                    info.getMethodsCondition().getMethods().forEach(m -> served.add(m.name() + " " + pattern));
                }
            }
        }
        Set<String> covered = new TreeSet<>();
        ROWS.forEach(row -> covered.add(row.route()));
        assertThat(covered).isEqualTo(served);
    }

    /** What the user was given, in the table's words; anything else is its status code. */
    private String answer(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response;
        try {
            response = mvc.perform(request).andReturn().getResponse();
        } catch (ServletException unhandled) {
            return "500 (" + unhandled.getRootCause() + ")";
        }
        int status = response.getStatus();
        String to = response.getRedirectedUrl();
        if (status == 403 || to != null && to.endsWith("/no-access")
                || status == 200 && response.getContentAsString().contains("You do not have access to this record")) {
            return "no";
        }
        if (to != null && to.matches(".*/children/[0-9a-f-]{36}/reason")) {
            return "why";
        }
        boolean page = status >= 200 && status < 300;
        boolean redirectAfterPost = status >= 300 && status < 400 && to != null && !to.contains("/sign-in")
                && !to.contains("/error");
        return page || redirectAfterPost || reachedTheRecordsOwnRules(status, response.getContentAsString())
                ? "ok" : String.valueOf(status);
    }

    /**
     * The empty form was let in and answered by the record's own rules: its fields' messages
     * in an error summary (400), or, for a decision posted without the version it was opened
     * at, the "changed by someone else" page (409). Any other 400 or 409 is written as such.
     */
    private static boolean reachedTheRecordsOwnRules(int status, String body) {
        return status == 400 && body.contains("govuk-error-summary")
                || status == 409 && body.contains("was changed by someone else");
    }

    private static Role role(Who who) {
        return switch (who) {
            case SW, OUTSIDER -> Role.SOCIAL_WORKER;
            case FSW -> Role.FAMILY_SUPPORT_WORKER;
            case TM -> Role.TEAM_MANAGER;
            case HOS -> Role.HEAD_OF_SERVICE;
            case MASH -> Role.MASH_PRACTITIONER;
            case MM -> Role.MASH_MANAGER;
            case CHAIR -> Role.CHILD_PROTECTION_CHAIR;
            case OOH -> Role.OUT_OF_HOURS_WORKER;
            case ADMIN -> Role.SYSTEM_ADMINISTRATOR;
            case PARTNER -> Role.PARTNER_REFERRER;
            case PERF -> Role.PERFORMANCE_OFFICER;
        };
    }

    static Row row(String route, Subject subject, String answers) {
        String[] split = route.trim().split("\\s+", 2);
        List<String> expected = Arrays.asList(answers.trim().split("\\s+"));
        if (expected.size() != Who.values().length) {
            throw new IllegalArgumentException(route + " needs one answer per column, has " + expected.size());
        }
        return new Row(split[0], split[1], subject, expected);
    }

    /** One route on one kind of record: method, path as mapped (with an optional query), and the answers by column. */
    record Row(String method, String target, Subject subject, List<String> answers) {

        private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

        String path() {
            int query = target.indexOf('?');
            return query < 0 ? target : target.substring(0, query);
        }

        String route() {
            return method + " " + path();
        }

        String expected(Who who) {
            return answers.get(who.ordinal());
        }

        MockHttpServletRequestBuilder request(Map<String, String> values) {
            Matcher variables = VARIABLE.matcher(target);
            StringBuilder url = new StringBuilder();
            while (variables.find()) {
                String value = values.get(variables.group(1));
                if (value == null) {
                    throw new IllegalStateException(route() + ": no " + variables.group(1) + " for " + subject);
                }
                variables.appendReplacement(url, value);
            }
            variables.appendTail(url);
            return "GET".equals(method) ? MockMvcRequestBuilders.get(url.toString())
                    : MockMvcRequestBuilders.post(url.toString()).with(csrf());
        }
    }
}

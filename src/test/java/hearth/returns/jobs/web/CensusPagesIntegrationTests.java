package hearth.returns.jobs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.casework.Allocations;
import hearth.casework.PrimaryNeeds;
import hearth.platform.PersonId;
import hearth.returns.ReturnsFixtures;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The journey of the issue: the performance officer checks the year, finds a child whose
 * referral led to action with no primary need (DfE rule 8610), the allocated worker opens the
 * record from the link and records the need, and the export that follows no longer has it.
 */
@HearthTest
class CensusPagesIntegrationTests {

    private static final long PATIENCE_MILLIS = 120_000;

    @Autowired MockMvc mvc;
    @Autowired FixtureCouncil fixtures;
    @Autowired ReturnsFixtures returns;
    @Autowired Allocations allocations;
    @Autowired PrimaryNeeds needs;
    @Autowired UserDetailsService users;

    FixtureCouncil.Council council;
    StaffMember worker;

    @BeforeEach
    void council() {
        council = fixtures.create();
        worker = council.user(Role.SOCIAL_WORKER);
    }

    @Test
    void onlyThoseWhoMakeTheReturnsMayCheckOrExport() throws Exception {
        assertThat(as(Role.SOCIAL_WORKER, get("/returns/census")).getStatus()).isEqualTo(403);
        assertThat(as(Role.TEAM_MANAGER, post("/returns/census").with(csrf()).param("year", "2026")
                .param("action", "export")).getStatus()).isEqualTo(403);
        assertThat(as(Role.SOCIAL_WORKER, get("/returns/census/upload")).getStatus()).isEqualTo(403);
        assertThat(as(Role.HEAD_OF_SERVICE, get("/returns/census")).getStatus()).isEqualTo(200);
    }

    @Test
    void aFailureFoundIsFixedFromItsLinkAndTheNextExportNoLongerHasIt() throws Exception {
        String laId = "CPG" + council.tag();
        PersonId child = returns.childReferred(council, laId, LocalDate.of(2025, 6, 2), "2A");
        allocations.allocate(child, council.team().id(), worker.id(), LocalDate.of(2025, 6, 3),
                council.user(Role.TEAM_MANAGER));

        String check = finished(start("check"));
        MockHttpServletResponse page = as(Role.PERFORMANCE_OFFICER, get(check).param("child", laId));
        assertThat(page.getContentAsString()).contains(laId, "8610", worker.displayName(), council.team().name(),
                "href=\"/children/" + child.value() + "\"");
        assertThat(findingLines(check, laId)).anyMatch(line -> line.startsWith("8610," + laId + ",error,"));
        assertThat(as(Role.SOCIAL_WORKER, get("/children/" + child.value())).getStatus()).isEqualTo(200);

        needs.record(child, "N2", LocalDate.of(2025, 6, 3), worker);

        String export = finished(start("export"));
        MockHttpServletResponse exported = as(Role.PERFORMANCE_OFFICER, get(export));
        assertThat(exported.getContentAsString()).contains("The census file is ready", "Download the census file");
        assertThat(findingLines(export, laId)).noneMatch(line -> line.startsWith("8610," + laId + ","));
        MockHttpServletResponse file = as(Role.PERFORMANCE_OFFICER, get(export + "/census.xml"));
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentAsString()).contains("<LAchildID>" + laId + "</LAchildID>",
                "<PrimaryNeedCode>N2</PrimaryNeedCode>");
    }

    @Test
    void aFileFromAnotherSystemIsCheckedByTheRulesOfItsYear() throws Exception {
        String laId = "UPL" + council.tag();
        String xml = CENSUS.replace("CHILD", laId);
        String job = finished(upload(xml.getBytes(StandardCharsets.UTF_8)));

        assertThat(as(Role.PERFORMANCE_OFFICER, get(job)).getContentAsString()).contains("by the 2026 rules", "4180");
        assertThat(findingLines(job, laId)).anyMatch(line -> line.startsWith("4180," + laId + ",error,"));
    }

    @Test
    void aFileWithAnExternalEntityIsRefusedWithoutReadingIt() throws Exception {
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE Message [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Message><Children><Child><ChildIdentifiers><LAchildID>&x;</LAchildID></ChildIdentifiers>"
                + "</Child></Children></Message>";
        String job = upload(hostile.getBytes(StandardCharsets.UTF_8));

        String page = until(job, "Stopped with a problem");
        assertThat(page).contains("not a census file Hearth can read").doesNotContain("root:");
    }

    @Test
    void anUploadWithNoFileAndAYearThatIsNotOneAreNamedByTheirField() throws Exception {
        MockHttpServletResponse noFile = as(Role.PERFORMANCE_OFFICER, multipart("/returns/census/upload").with(csrf()));
        assertThat(noFile.getStatus()).isEqualTo(400);
        assertThat(noFile.getContentAsString()).contains("There is a problem", "Choose a census file", "href=\"#file\"");

        MockHttpServletResponse badYear = as(Role.PERFORMANCE_OFFICER, post("/returns/census").with(csrf())
                .param("year", "1999").param("action", "check"));
        assertThat(badYear.getStatus()).isEqualTo(400);
        assertThat(badYear.getContentAsString()).contains("Choose a collection year Hearth has", "href=\"#year\"");
    }

    @Test
    void aJobThatIsNotThereIsNotFound() throws Exception {
        assertThat(as(Role.PERFORMANCE_OFFICER, get("/returns/jobs/not-an-id")).getStatus()).isEqualTo(404);
        assertThat(as(Role.PERFORMANCE_OFFICER, get("/returns/jobs/" + UUID.randomUUID())).getStatus()).isEqualTo(404);
    }

    private String start(String action) throws Exception {
        MockHttpServletResponse started = as(Role.PERFORMANCE_OFFICER, post("/returns/census").with(csrf())
                .param("year", "2026").param("action", action));
        assertThat(started.getStatus()).isEqualTo(302);
        return started.getRedirectedUrl();
    }

    private String upload(byte[] content) throws Exception {
        MockHttpServletResponse started = as(Role.PERFORMANCE_OFFICER, multipart("/returns/census/upload")
                .file(new MockMultipartFile("file", "old-system.xml", "application/xml", content)).with(csrf()));
        assertThat(started.getStatus()).isEqualTo(302);
        return started.getRedirectedUrl();
    }

    private String finished(String job) throws Exception {
        until(job, "Ended ");
        assertThat(as(Role.PERFORMANCE_OFFICER, get(job)).getContentAsString()).doesNotContain("This did not finish");
        return job;
    }

    /** The job's page once it says {@code words}; the page refreshes itself while the work runs. */
    private String until(String job, String words) throws Exception {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (true) {
            MockHttpServletResponse page = as(Role.PERFORMANCE_OFFICER, get(job));
            assertThat(page.getStatus()).isEqualTo(200);
            String html = page.getContentAsString();
            if (html.contains(words)) {
                return html;
            }
            assertThat(html).contains("http-equiv=\"refresh\"", "Stop it updating");
            assertThat(System.currentTimeMillis()).as("the job finished in time").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private java.util.List<String> findingLines(String job, String laId) throws Exception {
        MockHttpServletResponse csv = as(Role.PERFORMANCE_OFFICER, get(job + "/findings.csv"));
        assertThat(csv.getStatus()).isEqualTo(200);
        String[] lines = csv.getContentAsString().split("\r?\n");
        assertThat(lines[0]).isEqualTo("rule,child,severity,field,message,worker,team,fix at");
        return Arrays.stream(lines).filter(line -> line.contains(laId)).toList();
    }

    private MockHttpServletResponse as(Role role, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user(users.loadUserByUsername(council.user(role).username())))).andReturn()
                .getResponse();
    }

    /** A 2025-26 file from another system whose one child's sex is X, which rule 4180 refuses. */
    private static final String CENSUS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Message><Header>
              <CollectionDetails><Collection>CIN</Collection><Year>2026</Year>
                <ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails>
              <Source><SourceLevel>L</SourceLevel><LEA>201</LEA><SoftwareCode>Other</SoftwareCode>
                <Release>2</Release><SerialNo>7</SerialNo><DateTime>2026-04-20T09:00:00</DateTime></Source>
            </Header><Children><Child>
              <ChildIdentifiers><LAchildID>CHILD</LAchildID><UPN>A123456789012</UPN>
                <PersonBirthDate>2015-06-01</PersonBirthDate><Sex>X</Sex></ChildIdentifiers>
              <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
              <CINdetails><CINreferralDate>2025-06-02</CINreferralDate><ReferralSource>1A</ReferralSource>
                <PrimaryNeedCode>N1</PrimaryNeedCode><ReferralNFA>0</ReferralNFA></CINdetails>
            </Child></Children></Message>
            """.strip();
}

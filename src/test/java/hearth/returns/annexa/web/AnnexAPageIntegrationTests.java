package hearth.returns.annexa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The performance officer's page for Ofsted's lists: who may use it, its errors, and the workbook it sends. */
@HearthTest
class AnnexAPageIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired FixtureCouncil fixtures;
    @Autowired UserDetailsService users;

    FixtureCouncil.Council council;

    @BeforeEach
    void council() {
        council = fixtures.create();
    }

    @Test
    void aSocialWorkerMayNotExportTheLists() throws Exception {
        assertThat(as(Role.SOCIAL_WORKER, get("/returns/annex-a")).getStatus()).isEqualTo(403);
        assertThat(as(Role.SOCIAL_WORKER, period("1", "10", "2025", "31", "3", "2026")).getStatus()).isEqualTo(403);
    }

    @Test
    void thePerformanceOfficerChoosesAPeriodAndGetsOneWorkbookOfSevenListsAndNotes() throws Exception {
        MockHttpServletResponse page = as(Role.PERFORMANCE_OFFICER, get("/returns/annex-a"));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("First day of the period", "Download the lists");

        MockHttpServletResponse file = as(Role.PERFORMANCE_OFFICER, period("1", "10", "2025", "31", "3", "2026"));

        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentType()).isEqualTo(AnnexAController.XLSX);
        assertThat(file.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"hearth-annex-a-2025-10-01-to-2026-03-31.xlsx\"");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.getContentAsByteArray()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(8);
            assertThat(book.getSheetName(0)).isEqualTo("List 1 - Contacts");
            assertThat(book.getSheetName(7)).isEqualTo("Notes");
        }
    }

    @Test
    void everyWrongDateIsNamedByItsFieldInOneRound() throws Exception {
        MockHttpServletResponse page = as(Role.HEAD_OF_SERVICE, period("31", "2", "2026", "", "", ""));

        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).contains("There is a problem", "The first day must be a real date",
                "Enter the last day of the period", "href=\"#from\"", "href=\"#to\"");
    }

    @Test
    void aPeriodEndingBeforeItBeginsIsRefused() throws Exception {
        MockHttpServletResponse page = as(Role.PERFORMANCE_OFFICER, period("1", "4", "2026", "31", "3", "2026"));

        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).contains("The last day must be the same as or after the first day");
    }

    private static MockHttpServletRequestBuilder period(String fromDay, String fromMonth, String fromYear,
                                                        String toDay, String toMonth, String toYear) {
        return post("/returns/annex-a").with(csrf()).param("fromDay", fromDay).param("fromMonth", fromMonth)
                .param("fromYear", fromYear).param("toDay", toDay).param("toMonth", toMonth).param("toYear", toYear);
    }

    private MockHttpServletResponse as(Role role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(users.loadUserByUsername(council.user(role).username())))).andReturn()
                .getResponse();
    }
}

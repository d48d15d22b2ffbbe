package hearth.returns.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Exports older than the 90 days kept by default are cleared; the job's page says so. */
@HearthTest
class OldExportsIntegrationTests {

    @Autowired ReturnsJobFixtures jobs;
    @Autowired ReturnsFiles files;
    @Autowired OldExports oldExports;
    @Autowired Clock clock;
    @Autowired FixtureCouncil fixtures;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void anExportWrittenMoreThanTheKeptDaysAgoIsClearedAndANewerOneKept() throws Exception {
        UUID old = jobs.finishedExport();
        UUID recent = jobs.finishedExport();
        writtenDaysAgo(files.census(old), 91);
        writtenDaysAgo(files.census(recent), 89);
        Path notHearths = files.census(old).resolveSibling("notes-" + old + ".txt");
        writtenDaysAgo(Files.writeString(notHearths, "kept by the council"), 400);

        // The count is ReturnsFilesTests' to check: the scheduled clearing may have run first here.
        oldExports.clear();

        assertThat(files.census(old)).doesNotExist();
        assertThat(files.census(recent)).exists();
        assertThat(notHearths).exists();
        String performance = fixtures.create().user(Role.PERFORMANCE_OFFICER).username();
        MockHttpServletResponse page = as(performance, "/returns/jobs/" + old);
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("The file has been cleared away")
                .doesNotContain("Download the census file");
        assertThat(as(performance, "/returns/jobs/" + old + "/census.xml").getStatus()).isEqualTo(410);
        assertThat(as(performance, "/returns/jobs/" + recent).getContentAsString()).contains("Download the census file");
        Files.delete(notHearths);
    }

    private void writtenDaysAgo(Path file, int days) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(clock.instant().minus(Duration.ofDays(days))));
    }

    private MockHttpServletResponse as(String username, String path) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
    }
}

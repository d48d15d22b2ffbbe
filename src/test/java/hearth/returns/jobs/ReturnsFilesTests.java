package hearth.returns.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReturnsFilesTests {

    private static final Instant CUTOFF = Instant.parse("2026-09-01T00:00:00Z");

    @TempDir
    Path folder;

    @Test
    void onlyTheJobsOwnFilesWrittenBeforeTheCutoffAreCleared() throws Exception {
        ReturnsFiles files = new ReturnsFiles(folder);
        Path oldExport = written(files.census(UUID.randomUUID()), CUTOFF.minusSeconds(1));
        Path oldUpload = written(files.upload(UUID.randomUUID()), CUTOFF.minusSeconds(86_400));
        Path newExport = written(files.census(UUID.randomUUID()), CUTOFF.plusSeconds(1));
        Path councils = written(folder.resolve("return-2025.xml"), CUTOFF.minusSeconds(86_400 * 400L));

        assertThat(files.clearWrittenBefore(CUTOFF)).isEqualTo(2);

        assertThat(oldExport).doesNotExist();
        assertThat(oldUpload).doesNotExist();
        assertThat(newExport).exists();
        assertThat(councils).exists();
        assertThat(files.clearWrittenBefore(CUTOFF)).isZero();
    }

    private static Path written(Path file, Instant at) throws Exception {
        Files.writeString(file, "<Message/>");
        Files.setLastModifiedTime(file, FileTime.from(at));
        return file;
    }
}

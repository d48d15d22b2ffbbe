package hearth.returns.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the jobs keep their files, beside the database's data folder unless
 * {@code hearth.returns.dir} says otherwise: each exported census, until {@link OldExports} clears it, and
 * an uploaded file only until it has been checked. Named by the job's id, never by a user's words.
 */
@Component
class ReturnsFiles {

    private static final Pattern JOB_FILE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
            + "(\\.upload)?\\.xml");

    private final Path dir;

    ReturnsFiles(@Value("${hearth.returns.dir:${hearth.db.data-dir:./hearth-data/postgres}/../returns}") Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    Path census(UUID job) {
        return ready().resolve(job + ".xml");
    }

    Path upload(UUID job) {
        return ready().resolve(job + ".upload.xml");
    }

    void keepUpload(UUID job, InputStream in) {
        try {
            Files.copy(in, upload(job), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes the jobs' files last written before {@code cutoff}: exports, and uploads a stopped
     * check left behind. Other files in the folder are not Hearth's to delete. How many went.
     */
    int clearWrittenBefore(Instant cutoff) {
        int cleared = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(ready(), Files::isRegularFile)) {
            for (Path file : files) {
                if (JOB_FILE.matcher(file.getFileName().toString()).matches()
                        && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff) && Files.deleteIfExists(file)) {
                    cleared++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear old files from the returns folder " + dir, e);
        }
        return cleared;
    }

    private Path ready() {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the returns folder " + dir, e);
        }
    }
}

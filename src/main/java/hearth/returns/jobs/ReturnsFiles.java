package hearth.returns.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the jobs keep their files, beside the database's data folder unless
 * {@code hearth.returns.dir} says otherwise: each exported census (docs/operations.md says when to clear them), and
 * an uploaded file only until it has been checked. Named by the job's id, never by a user's words.
 */
@Component
class ReturnsFiles {

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

    private Path ready() {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the returns folder " + dir, e);
        }
    }
}

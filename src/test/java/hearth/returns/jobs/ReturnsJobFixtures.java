package hearth.returns.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A finished census export, with its file, for tests of who may open it: no runner touches it. */
@Component
public class ReturnsJobFixtures {

    private final JobStore store;
    private final ReturnsFiles files;

    ReturnsJobFixtures(JobStore store, ReturnsFiles files) {
        this.store = store;
        this.files = files;
    }

    public UUID finishedExport() throws IOException {
        UUID job = store.queue(JobKind.CENSUS_EXPORT, 1904, UUID.randomUUID(), "fixture", null);
        store.claim(job, 1);
        store.finish(job, List.of(), "0 children; 0 errors and 0 queries", 0, "0".repeat(64));
        Files.writeString(files.census(job), "<Message/>");
        return job;
    }
}

package hearth.returns.jobs;

import hearth.platform.London;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * One piece of background work and where it has got to. {@code outcome} says what it found or
 * why it stopped; {@code children} and {@code sha256} describe an exported file.
 */
public record ReturnsJob(UUID id, JobKind kind, Integer year, JobStatus status, int version, long done, long total,
                         String requestedBy, Instant requestedAt, Instant finishedAt, String sourceName,
                         String outcome, Integer children, String sha256) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
            .withZone(London.ZONE);

    public String startedText() {
        return SHOWN.format(requestedAt);
    }

    public String finishedText() {
        return finishedAt == null ? null : SHOWN.format(finishedAt);
    }

    /** Whole per cent done, for the progress bar; a job that has not counted its work yet is at 0. */
    public int percent() {
        if (status == JobStatus.DONE) {
            return 100;
        }
        return total <= 0 ? 0 : (int) Math.min(100, 100 * done / total);
    }

    public boolean hasFile() {
        return kind == JobKind.CENSUS_EXPORT && status == JobStatus.DONE && sha256 != null;
    }

    /** What the job covers, in words: the collection year, or the uploaded file's name. */
    public String scope() {
        if (kind == JobKind.FILE_CHECK) {
            return sourceName;
        }
        return year - 1 + " to " + year + " (reference date 31 March " + year + ")";
    }
}

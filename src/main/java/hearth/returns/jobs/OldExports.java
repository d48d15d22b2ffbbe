package hearth.returns.jobs;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Clears exported census files once they are older than the council keeps them
 * ({@code hearth.returns.keep-days}, 90 unless set), so a year of exports does not fill the disk
 * with children's records nobody needs. A job whose file has gone says so on its page and is
 * exported again; the audit trail keeps every download.
 */
@Component
class OldExports {

    private static final Logger log = LoggerFactory.getLogger(OldExports.class);

    private final ReturnsFiles files;
    private final Clock clock;
    private final Duration kept;

    OldExports(ReturnsFiles files, Clock clock, @Value("${hearth.returns.keep-days:90}") int keepDays) {
        if (keepDays < 1) {
            throw new IllegalArgumentException("hearth.returns.keep-days must be at least 1, not " + keepDays);
        }
        this.files = files;
        this.clock = clock;
        this.kept = Duration.ofDays(keepDays);
    }

    @Scheduled(fixedDelayString = "${hearth.returns.clear-interval:PT6H}", initialDelayString = "PT2M")
    int clear() {
        int cleared = files.clearWrittenBefore(clock.instant().minus(kept));
        if (cleared > 0) {
            log.info("Cleared {} census files older than {} days from the returns folder", cleared, kept.toDays());
        }
        return cleared;
    }
}

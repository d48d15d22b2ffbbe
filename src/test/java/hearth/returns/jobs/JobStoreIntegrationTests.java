package hearth.returns.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.HearthTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The guarded moves of a job, on rows no runner picks up: years no census has, so the jobs
 * the pages start are never joined to these.
 */
@HearthTest
class JobStoreIntegrationTests {

    @Autowired JobStore store;
    @Autowired JdbcClient jdbc;

    @Test
    void aSecondRequestForTheSameYearJoinsTheJobWaitingOrRunning() {
        UUID first = store.queue(JobKind.CENSUS_CHECK, 1901, UUID.randomUUID(), "po1", null);
        UUID second = store.queue(JobKind.CENSUS_CHECK, 1901, UUID.randomUUID(), "po2", null);
        UUID otherKind = store.queue(JobKind.CENSUS_EXPORT, 1901, UUID.randomUUID(), "po1", null);

        assertThat(second).isEqualTo(first);
        assertThat(otherKind).isNotEqualTo(first);
        store.fail(first, "test over");
        store.fail(otherKind, "test over");
        assertThat(store.queue(JobKind.CENSUS_CHECK, 1901, UUID.randomUUID(), "po1", null)).isNotEqualTo(first);
    }

    @Test
    void aJobIsClaimedOnceAndFinishedOnce() {
        UUID job = store.queue(JobKind.CENSUS_CHECK, 1902, UUID.randomUUID(), "po1", null);

        assertThat(store.claim(job, 10)).isTrue();
        assertThat(store.claim(job, 10)).isFalse();
        store.progress(job, 4, 10);
        assertThat(store.find(job).orElseThrow().percent()).isEqualTo(40);
        store.finish(job, List.of(), "0 children", 0, null);

        assertThat(store.find(job).orElseThrow().status()).isEqualTo(JobStatus.DONE);
        assertThatThrownBy(() -> store.finish(job, List.of(), "again", 0, null))
                .isInstanceOf(IllegalStateException.class);
        assertThat(store.fail(job, "too late")).isFalse();
        assertThat(store.find(job).orElseThrow().outcome()).isEqualTo("0 children");
    }

    @Test
    void aJobLeftSilentByAStoppedHearthIsMarkedFailedAndFreesItsYear() {
        UUID job = store.queue(JobKind.CENSUS_EXPORT, 1903, UUID.randomUUID(), "po1", null);
        store.claim(job, 10);
        jdbc.sql("UPDATE returns_job SET heartbeat_at = heartbeat_at - interval '1 hour' WHERE id = ?").param(job)
                .update();

        store.failAbandoned(Duration.ofMinutes(10), ReturnsJobs.ABANDONED);

        ReturnsJob failed = store.find(job).orElseThrow();
        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.outcome()).isEqualTo(ReturnsJobs.ABANDONED);
        assertThat(store.queue(JobKind.CENSUS_EXPORT, 1903, UUID.randomUUID(), "po1", null)).isNotEqualTo(job);
    }
}

package hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrphanedPostgresTests {

    @TempDir Path folder;

    @Test
    void aPostgresServerStartedOnTheFolderIsRecognisedAsLeftOnIt() {
        assertThat(new OrphanedPostgres(folder).isServerOnThisFolder(
                List.of("/tmp/embedded-pg/PG-1/bin/postgres", "-D", folder.toString(), "-p", "5432"))).isTrue();
    }

    @Test
    void aServerOnAnotherFolderOrAnotherProgramWithTheSamePidIsNot() {
        OrphanedPostgres orphan = new OrphanedPostgres(folder);
        assertThat(orphan.isServerOnThisFolder(List.of("/usr/bin/postgres", "-D", "/var/lib/postgresql/data")))
                .isFalse();
        assertThat(orphan.isServerOnThisFolder(List.of("/usr/bin/java", "-D", folder.toString()))).isFalse();
        assertThat(orphan.isServerOnThisFolder(List.of("/usr/bin/postgres"))).isFalse();
    }

    @Test
    void aPidFileOfAServerNoLongerRunningIsRemoved() throws IOException {
        Process finished = new ProcessBuilder("true").start();
        finished.onExit().join();
        Files.writeString(folder.resolve("postmaster.pid"), finished.pid() + "\n" + folder + "\n");
        new OrphanedPostgres(folder).clear();
        assertThat(folder.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void aPidFileWhosePidNowBelongsToAnotherProgramIsRemovedAndThatProgramLeftAlone() throws IOException {
        Files.writeString(folder.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + folder + "\n");
        new OrphanedPostgres(folder).clear();
        assertThat(folder.resolve("postmaster.pid")).doesNotExist();
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }
}

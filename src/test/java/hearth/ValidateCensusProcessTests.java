package hearth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code validate-census FILE} from the jar, as a council's script runs it (plainly and through
 * {@code scripts/hearth}), with the database
 * address pointing nowhere: checking a file needs no database, so it neither connects to one
 * nor starts the embedded one.
 */
class ValidateCensusProcessTests {

    @Test
    void aCensusFileIsCheckedFromTheJarWithNoDatabase() throws Exception {
        try (HearthProcess hearth = new HearthProcess("validate-census",
                Map.of("HEARTH_DB_URL", "jdbc:postgresql://127.0.0.1:1/nowhere"))) {
            Path census = Files.writeString(hearth.dataDir.resolve("census.xml"), """
                    <Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2026</Year>
                    <ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails></Header><Children>
                    <Child><ChildIdentifiers><LAchildID>BORN-LATER</LAchildID>
                    <PersonBirthDate>2026-06-01</PersonBirthDate></ChildIdentifiers></Child>
                    <Child><ChildIdentifiers><LAchildID>NO-BIRTH-DATE</LAchildID></ChildIdentifiers></Child>
                    </Children></Message>""");

            findsTheFaults(hearth, hearth.start("validate-census", census.toString(), "--format", "csv"), 1);
            findsTheFaults(hearth, hearth.launch("validate-census", census.toString(), "--format", "csv"), 2);
            assertThat(hearth.dataDir.resolve("cache")).as("the launcher's unpacked jar").isNotEmptyDirectory();
            findsTheFaults(hearth, hearth.launch("validate-census", census.toString(), "--format", "csv"), 3);
            assertThat(hearth.dataDir.resolve("postgres")).as("no embedded database started").doesNotExist();
        }
    }

    /**
     * The jar run plainly and through scripts/hearth (with its JVM settings; the first run
     * unpacks the jar and records its classes, the next loads them) find the same.
     */
    private static void findsTheFaults(HearthProcess hearth, Process process, int run) throws Exception {
        assertThat(process.waitFor(Duration.ofMinutes(1).toSeconds(), TimeUnit.SECONDS)).isTrue();
        String output = hearth.logOf(run);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("rule,child,severity,field,message")
                .contains("8520,BORN-LATER,error,").contains("8525Q,NO-BIRTH-DATE,query,")
                .doesNotContain("8520,NO-BIRTH-DATE").doesNotContain("8525Q,BORN-LATER")
                .doesNotContain("Exception");
    }
}

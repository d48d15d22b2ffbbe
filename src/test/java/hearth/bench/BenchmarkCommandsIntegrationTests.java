package hearth.bench;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.platform.Options;
import hearth.platform.Subcommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bench/ scripts call these commands by name; they run through the other modules' APIs alone. */
@HearthTest
class BenchmarkCommandsIntegrationTests {

    @Autowired List<Subcommand> commands;
    @Autowired FixtureCouncil fixtures;

    @Test
    void theBenchmarkCommandsKeepTheirNames() {
        assertThat(commands).extracting(Subcommand::name)
                .contains("intake-benchmark", "search-benchmark", "clock-benchmark");
    }

    @Test
    void theSearchBenchmarkSamplesTheIndexThroughPeoplesViewAndReportsItsSize() {
        fixtures.allocatedChild(fixtures.create());

        String printed = run("search-benchmark", "--queries=3");

        assertThat(printed).containsPattern("person_index=[1-9]\\d* queries=\\d+").contains("name+dob: p50=");
    }

    private String run(String name, String... args) {
        Subcommand command = commands.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true));
        try {
            assertThat(command.run(Options.parse(args))).isZero();
        } finally {
            System.setOut(out);
        }
        return printed.toString();
    }
}

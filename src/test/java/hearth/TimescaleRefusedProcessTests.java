package hearth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TimescaleRefusedProcessTests {

    @Test
    void aStatutoryTimescaleSetLongerStopsTheJarWithAMessageSayingWhichPropertyToChange() throws Exception {
        try (HearthProcess hearth = new HearthProcess("timescale-refused",
                Map.of("HEARTH_TIMESCALES_INITIAL_CONFERENCE", "20"))) {
            Process process = hearth.start();
            assertThat(process.waitFor(Duration.ofMinutes(2).toSeconds(), TimeUnit.SECONDS))
                    .as("Hearth refuses to start").isTrue();
            assertThat(process.exitValue()).isNotZero();
            assertThat(hearth.logOf(1)).contains("APPLICATION FAILED TO START")
                    .contains("hearth.timescales.initial-conference=20 would allow 20 working days")
                    .contains("longer than the statutory maximum of 15 working days");
        }
    }
}

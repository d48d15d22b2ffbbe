package hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTests {

    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(terminal, true, StandardCharsets.UTF_8);

    @Test
    void workOfUnknownSizeCountsWhatIsDoneUntilItsSizeIsLearnt() {
        Progress progress = new Progress(out, "Census");
        progress.advance(1_500);

        assertThat(shown()).contains("1,500 so far").doesNotContain("%");
        assertThat(progress.total()).isZero();

        progress.sized(3_000);
        progress.advance(1_500);

        assertThat(shown()).contains(" 100% 3,000/3,000");
        assertThat(progress.done()).isEqualTo(3_000);
    }

    @Test
    void workWhoseSizeIsNeverLearntFinishesAtWhatWasDone() {
        Progress progress = new Progress(out, "Census");
        progress.advance(7);
        progress.finish();

        assertThat(progress.total()).isEqualTo(7);
        assertThat(shown()).contains("100% 7/7");
    }

    @Test
    void aKnownSizeShowsAShareFromTheStart() {
        Progress progress = new Progress(out, "Census", 4);
        progress.advance(1);
        progress.finish();

        assertThat(shown()).contains("100% 4/4");
        assertThat(progress.done()).isEqualTo(4);
    }

    private String shown() {
        String all = terminal.toString(StandardCharsets.UTF_8);
        return all.substring(all.lastIndexOf('\r') + 1);
    }
}

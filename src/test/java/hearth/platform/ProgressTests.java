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
    void aKnownSizeShowsAShareFromTheStart() {
        Progress progress = new Progress(out, "Census", 4);
        progress.advance(1);
        progress.finish();

        assertThat(shown()).contains("100% 4/4");
        assertThat(progress.done()).isEqualTo(4);
    }

    @Test
    void moreDoneThanTheSizeShowsTheSizeNotMoreThanAll() {
        Progress progress = new Progress(out, "Census", 2);
        progress.advance(3);

        assertThat(shown()).contains("100% 2/2");
        assertThat(progress.done()).isEqualTo(2);
    }

    private String shown() {
        String all = terminal.toString(StandardCharsets.UTF_8);
        return all.substring(all.lastIndexOf('\r') + 1);
    }
}

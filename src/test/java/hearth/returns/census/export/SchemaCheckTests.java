package hearth.returns.census.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema check that runs beside the census writer, on the bytes the file gets. */
class SchemaCheckTests {

    private static final String BAD_SECOND_CHILD = """
            <?xml version="1.0" encoding="UTF-8"?><Message><Children>
            <Child><ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers></Child>
            <Child><Nonsense/></Child>
            </Children></Message>
            """;

    @Test
    void anErrorNamesTheChildWhoseLineItIsOn() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (SchemaCheck check = SchemaCheck.of(2026)) {
            write(check.alongside(file), BAD_SECOND_CHILD);
            List<String> errors = check.errors(List.of("C1", "C2"));

            assertThat(errors).as("the first child lacks its birth date and sex; the second has an unknown element")
                    .anySatisfy(e -> assertThat(e).startsWith("child C1 (line 2)").contains("Sex"))
                    .anySatisfy(e -> assertThat(e).startsWith("child C2 (line 3)").contains("Nonsense"));
        }
        assertThat(file.toString(StandardCharsets.UTF_8)).isEqualTo(BAD_SECOND_CHILD);
    }

    @Test
    void aFileThatIsNotXmlAtAllIsAnErrorNotAHang() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (SchemaCheck check = SchemaCheck.of(2026)) {
                OutputStream out = check.alongside(OutputStream.nullOutputStream());
                // Far more than a pipe's buffer after the parser has given up on the first byte.
                byte[] junk = "not xml ".repeat(1 << 17).getBytes(StandardCharsets.UTF_8);
                out.write(junk);
                assertThat(check.errors(List.of())).hasSize(1);
            }
        });
    }

    @Test
    void aFileAbandonedHalfWrittenLeavesNothingWaiting() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            SchemaCheck check = SchemaCheck.of(2026);
            write(check.alongside(OutputStream.nullOutputStream()), "<?xml version=\"1.0\"?><Message><Children>\n");
            check.close();
            assertThat(check.errors(List.of())).as("the unfinished file is reported, once").hasSize(1);
        });
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}

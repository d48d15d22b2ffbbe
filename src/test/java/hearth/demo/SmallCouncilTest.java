package hearth.demo;

import java.io.PrintStream;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tests that need a realistic index share one small generated council (3,000 children in
 * the area, 2 years of history, seed 7) in a database of its own, since the generator only
 * fills an empty database. It is generated once, by whichever test comes first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "hearth.db.data-dir=target/test-db-generator/postgres")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SmallCouncilTest {

    public static final int CHILDREN_IN_AREA = 3_000;
    private static DemoGenerator.Summary summary;

    @Autowired private DemoGenerator generator;

    protected synchronized DemoGenerator.Summary council() {
        if (summary == null) {
            summary = generator.generate(CHILDREN_IN_AREA, 2, 7, new PrintStream(PrintStream.nullOutputStream()));
        }
        return summary;
    }
}

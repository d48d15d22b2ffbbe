package hearth.returns.census;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.platform.Options;
import hearth.timeliness.WorkingCalendar;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCensusCommandTests {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<Integer> yearsChecked = new ArrayList<>();

    /** Reports every child whose id starts with "bad" (in a field with a comma), and the file when it has none. */
    private final CensusRule everyBadChild = new CensusRule() {
        @Override
        public String code() {
            return "1103";
        }

        @Override
        public void check(CensusFile file, CensusYear year, Breaches breaches) {
            yearsChecked.add(year.year());
            file.children().stream().filter(c -> c.laChildId().startsWith("bad"))
                    .forEach(c -> breaches.child(c, "Assessment\"Start,Date"));
        }
    };

    /** A query about the whole file. */
    private final CensusRule wholeFile = new CensusRule() {
        @Override
        public String code() {
            return "2887Q";
        }

        @Override
        public void check(CensusFile file, CensusYear year, Breaches breaches) {
            breaches.file("LAchildID");
        }
    };

    @Test
    void printsOneQuotedCsvRowPerFindingAndExitsZero() throws IOException {
        Path file = census("2026-03-31", "good1", "bad1", "bad,2");

        int exit = run(file.toString(), "--format", "csv");

        assertThat(exit).isZero();
        assertThat(lines()).containsExactly(
                "rule,child,severity,field,message",
                "1103,bad1,error,\"Assessment\"\"Start,Date\",The assessment start date cannot be before the referral date",
                "1103,\"bad,2\",error,\"Assessment\"\"Start,Date\",The assessment start date cannot be before the referral date",
                "2887Q,,query,LAchildID," + RuleBook.standard().entry("2887Q").message());
        assertThat(yearsChecked).containsExactly(2026);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Reading census.xml").contains("3 children");
    }

    @Test
    void theYearIsTheCensusThatHoldsTheReferenceDateUnlessGiven() throws IOException {
        run(census("2025-03-31", "good1").toString());
        run(census("31/03/2024", "good1").toString());
        run(census("2025-03-31", "good1").toString(), "--year", "2026");

        assertThat(yearsChecked).containsExactly(2025, 2024, 2026);
    }

    @Test
    void aFileWithNoFindingsStillExitsZero() throws IOException {
        int exit = new ValidateCensusCommand(new CensusValidation(List.of(everyBadChild)), new WorkingCalendar(),
                print(out), print(err)).run(Options.parse(new String[] {census("2026-03-31", "good").toString()}));

        assertThat(exit).isZero();
        assertThat(lines()).containsExactly("rule,child,severity,field,message");
    }

    @Test
    void aMissingOrMalformedFileIsExitTwoWithAMessage() throws IOException {
        assertThat(run(folder.resolve("absent.xml").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Cannot read the census file").contains("absent.xml");

        Path broken = Files.writeString(folder.resolve("broken.xml"), "<Message><Children><Child></Message>");
        err.reset();
        assertThat(run(broken.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .startsWith(broken + ": Not a well-formed census XML file at line 1")
                .doesNotContain("\tat ");

        Path undated = census("", "good1");
        err.reset();
        assertThat(run(undated.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("give --year");
        assertThat(out.size()).isZero();
    }

    private int run(String... args) {
        return new ValidateCensusCommand(new CensusValidation(List.of(everyBadChild, wholeFile)),
                new WorkingCalendar(), print(out), print(err)).run(Options.parse(args));
    }

    private Path census(String referenceDate, String... children) throws IOException {
        StringBuilder xml = new StringBuilder("<Message><Header><CollectionDetails><ReferenceDate>" + referenceDate
                + "</ReferenceDate></CollectionDetails></Header><Children>");
        for (String child : children) {
            xml.append("<Child><ChildIdentifiers><LAchildID>").append(child.replace("&", "&amp;"))
                    .append("</LAchildID></ChildIdentifiers></Child>");
        }
        return Files.writeString(folder.resolve("census.xml"), xml.append("</Children></Message>"));
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}

package hearth.returns.census;

import hearth.platform.Options;
import hearth.platform.Progress;
import hearth.platform.Subcommand;
import hearth.timeliness.WorkingCalendar;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar hearth.jar validate-census FILE --format csv [--year 2026]}: checks a census
 * file from any system against the DfE's rules and prints one CSV row per finding. The year is
 * the one whose reference date the file's header gives, as the councils' validator takes it.
 * Finding something is not a failure: the exit code is 0 either way, 2 when the file cannot be read.
 */
@Component
class ValidateCensusCommand implements Subcommand {

    static final String CSV_HEADER = "rule,child,severity,field,message";

    private final Supplier<CensusValidation> validation;
    private final WorkingCalendar calendar;
    private final PrintStream out;
    private final PrintStream err;

    @Autowired
    ValidateCensusCommand(CensusValidation validation, WorkingCalendar calendar) {
        this(() -> validation, calendar, System.out, System.err);
    }

    ValidateCensusCommand(CensusValidation validation, WorkingCalendar calendar, PrintStream out, PrintStream err) {
        this(() -> validation, calendar, out, err);
    }

    /** The rules are asked for only once the file is read, so they may be made while it is. */
    ValidateCensusCommand(Supplier<CensusValidation> validation, WorkingCalendar calendar, PrintStream out,
                          PrintStream err) {
        this.validation = validation;
        this.calendar = calendar;
        this.out = out;
        this.err = err;
    }

    @Override
    public String name() {
        return "validate-census";
    }

    @Override
    public int run(Options options) {
        String format = options.named().getOrDefault("format", "csv");
        if (!format.equals("csv")) {
            throw new IllegalArgumentException("--format must be csv, not '" + format + "'");
        }
        if (options.arguments().size() != 1) {
            throw new IllegalArgumentException("Usage: validate-census FILE --format csv [--year YYYY]");
        }
        Path path = Path.of(options.arguments().get(0));
        if (!Files.isReadable(path) || Files.isDirectory(path)) {
            err.println("Cannot read the census file " + path);
            return 2;
        }
        long started = System.nanoTime();
        CensusFile file;
        try {
            file = read(path);
        } catch (IOException | MalformedCensusFile e) {
            err.println(path + ": " + e.getMessage());
            return 2;
        }
        Integer year = year(options, file.header());
        if (year == null) {
            err.println(path + ": the header has no reference date (yyyy-mm-dd) to take the collection year from;"
                    + " give --year YYYY");
            return 2;
        }
        err.printf("Checking %,d children against %d rules for the %d census%n", file.children().size(),
                validation.get().codes().size(), year);
        long read = System.nanoTime();
        List<Finding> findings = validation.get().validate(file, new CensusYear(year, calendar));
        long checked = System.nanoTime();
        print(findings);
        err.printf("%,d findings (read in %.2f s, checked in %.2f s, %.2f s in all with the CSV written)%n",
                findings.size(), seconds(read - started), seconds(checked - read), seconds(System.nanoTime() - started));
        return 0;
    }

    private CensusFile read(Path path) throws IOException {
        long size = Files.size(path);
        Progress progress = new Progress(err, "Reading " + path.getFileName(), size);
        long[] before = {0};
        CensusFile file = CensusXmlReader.read(path, bytes -> {
            progress.advance(bytes - before[0]);
            before[0] = bytes;
        });
        progress.finish();
        return file;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** {@code --year}, else the census year that holds the header's reference date. */
    private static Integer year(Options options, CensusFile.Header header) {
        if (options.named().containsKey("year")) {
            return options.integer("year", 0);
        }
        return CensusYear.holding(header.referenceDate()).orElse(null);
    }

    private void print(List<Finding> findings) {
        try {
            Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            csv.write(CSV_HEADER);
            csv.write('\n');
            for (Finding finding : findings) {
                csv.write(String.join(",", cell(finding.rule()), cell(finding.laChildId()),
                        cell(finding.severity().name().toLowerCase(Locale.ROOT)), cell(finding.field()),
                        cell(finding.message())));
                csv.write('\n');
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180: a value with a comma, quote or line break is quoted, its quotes doubled. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}

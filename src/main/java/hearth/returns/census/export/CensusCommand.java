package hearth.returns.census.export;

import hearth.platform.Options;
import hearth.platform.Progress;
import hearth.platform.Subcommand;
import hearth.returns.Requester;
import hearth.returns.census.CensusYear;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar hearth.jar census --year 2026 --out census.xml}: exports the Children in Need
 * census of the year ending on 31 March 2026, with a progress bar on stderr. A file that fails
 * the year's schema is refused with its errors (exit 1) and not written.
 */
@Component
class CensusCommand implements Subcommand {

    private final CensusExport export;

    CensusCommand(CensusExport export) {
        this.export = export;
    }

    @Override
    public String name() {
        return "census";
    }

    @Override
    public int run(Options options) {
        CensusYear year = export.year(options.integer("year", 0));
        Path out = Path.of(options.required("out"));
        Progress progress = new Progress(System.err, "Census " + year.year(), export.childrenToRead());
        try {
            CensusExport.Exported exported = export.write(year, out, progress, Requester.COMMAND_LINE);
            progress.finish();
            System.out.printf("census=%d children=%d file=%s sha256=%s%n", year.year(), exported.children(),
                    exported.file(), exported.sha256());
            return 0;
        } catch (CensusExport.CensusRefused refused) {
            progress.finish();
            System.err.println(refused.getMessage());
            return 1;
        }
    }
}

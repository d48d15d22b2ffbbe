package hearth.returns.annexa;

import hearth.platform.InvalidInput;
import hearth.platform.Options;
import hearth.platform.Progress;
import hearth.platform.Subcommand;
import hearth.returns.Requester;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar hearth.jar annex-a --from 2025-10-01 --to 2026-03-31 --out annex-a.xlsx}:
 * Ofsted's lists 1 to 7 for the period, with a progress bar on stderr. The workbook is written
 * beside {@code out} and moved into place when complete, so a scheduler never picks up half a file.
 */
@Component
class AnnexACommand implements Subcommand {

    private final AnnexAExport export;

    AnnexACommand(AnnexAExport export) {
        this.export = export;
    }

    @Override
    public String name() {
        return "annex-a";
    }

    @Override
    public int run(Options options) {
        AnnexAPeriod period;
        try {
            period = AnnexAPeriod.parse(options.required("from"), options.required("to"));
        } catch (InvalidInput invalid) {
            System.err.println(String.join("; ", invalid.errors().values()));
            return 2;
        }
        Path out = Path.of(options.required("out")).toAbsolutePath();
        Path part = out.resolveSibling(out.getFileName() + ".part");
        Progress progress = new Progress(System.err, "Annex A " + period, AnnexAExport.STEPS);
        try {
            AnnexAExport.Exported exported;
            try (OutputStream file = Files.newOutputStream(part)) {
                exported = export.write(period, file, progress, Requester.COMMAND_LINE);
            }
            Files.move(part, out, StandardCopyOption.REPLACE_EXISTING);
            progress.finish();
            System.out.printf("annex-a=%s %s file=%s sha256=%s%n", period, exported.rowsInWords(), out,
                    exported.sha256());
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // Only a failed export leaves a part file, named as such.
            }
        }
    }
}

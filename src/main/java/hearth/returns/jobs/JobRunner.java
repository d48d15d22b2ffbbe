package hearth.returns.jobs;

import hearth.audit.AuditTrail;
import hearth.platform.PersonId;
import hearth.platform.Progress;
import hearth.returns.Requester;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusValidation;
import hearth.returns.census.CensusXmlReader;
import hearth.returns.census.CensusYear;
import hearth.returns.census.Finding;
import hearth.returns.census.MalformedCensusFile;
import hearth.returns.census.export.CensusExport;
import hearth.timeliness.WorkingCalendar;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs the returns' jobs one at a time on a thread of their own (a national census holds the
 * machine's attention; two at once would only halve each), claiming each job before it starts
 * so it runs once, and recording its progress as the terminal's bar would draw it.
 */
@Component
class JobRunner implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    private final ExecutorService thread = Executors.newSingleThreadExecutor(work -> {
        Thread t = new Thread(work, "hearth-returns");
        t.setDaemon(true);
        return t;
    });
    private final JobStore store;
    private final CensusExport export;
    private final CensusValidation validation;
    private final WorkingCalendar calendar;
    private final AuditTrail audit;
    private final ReturnsFiles files;

    JobRunner(JobStore store, CensusExport export, CensusValidation validation, WorkingCalendar calendar,
              AuditTrail audit, ReturnsFiles files) {
        this.store = store;
        this.export = export;
        this.validation = validation;
        this.calendar = calendar;
        this.audit = audit;
        this.files = files;
    }

    void submit(UUID id, JobKind kind, Integer year, Requester by) {
        thread.execute(() -> {
            try {
                switch (kind) {
                    case CENSUS_CHECK -> check(id, export.year(year), by);
                    case CENSUS_EXPORT -> exportCensus(id, export.year(year), by);
                    case FILE_CHECK -> checkFile(id, by);
                }
            } catch (CensusExport.CensusRefused refused) {
                store.fail(id, refused.getMessage());
            } catch (RuntimeException | IOException e) {
                LOG.error("Returns job {} ({}) stopped", id, kind, e);
                store.fail(id, "Hearth could not finish this (" + e.getClass().getSimpleName()
                        + "); the error is in Hearth's log. Start it again, and tell the council's IT team if it"
                        + " stops again.");
            }
        });
    }

    private void check(UUID id, CensusYear year, Requester by) {
        long toRead = export.childrenToRead();
        if (!store.claim(id, toRead)) {
            return;
        }
        Checked checked = readAndValidate(id, year, tracked(id, toRead));
        store.finish(id, checked.findings(), checked.summary(), checked.children(), null);
        audited(by, "CHECK_CENSUS", "CIN census " + year.year() + " records checked against " + validation.codes().size()
                + " DfE rules, every child in need, restricted records included; " + checked.summary());
    }

    /** Checks the records, then writes the file: the officer sees what the DfE will say beside what it gets. */
    private void exportCensus(UUID id, CensusYear year, Requester by) {
        long toRead = export.childrenToRead();
        if (!store.claim(id, 2 * toRead)) {
            return;
        }
        Progress progress = tracked(id, 2 * toRead);
        Checked checked = readAndValidate(id, year, progress);
        CensusExport.Exported exported = export.write(year, files.census(id), progress, by);
        store.finish(id, checked.findings(), checked.summary(), exported.children(), exported.sha256());
    }

    private Checked readAndValidate(UUID id, CensusYear year, Progress progress) {
        CensusExport.Read read = export.read(year, progress);
        List<Finding> findings = validation.validate(read.file(), year);
        return Checked.of(findings, read.people(), read.file().children().size());
    }

    /** Another system's file: read, checked against the year its header names, then deleted. */
    private void checkFile(UUID id, Requester by) throws IOException {
        Path upload = files.upload(id);
        try {
            long size = Files.size(upload);
            if (!store.claim(id, size)) {
                return;
            }
            Progress progress = tracked(id, size);
            long[] before = {0};
            CensusFile file;
            try {
                file = CensusXmlReader.read(upload, bytes -> {
                    progress.advance(bytes - before[0]);
                    before[0] = bytes;
                });
            } catch (MalformedCensusFile malformed) {
                store.fail(id, "The file is not a census file Hearth can read: " + malformed.getMessage());
                return;
            }
            Integer year = CensusYear.holding(file.header().referenceDate()).orElse(null);
            if (year == null) {
                store.fail(id, "The file's header has no reference date (yyyy-mm-dd), so Hearth cannot tell which "
                        + "year's rules apply");
                return;
            }
            Checked checked = Checked.of(validation.validate(file, new CensusYear(year, calendar)), Map.of(),
                    file.children().size());
            store.finish(id, checked.findings(), checked.summary() + " by the " + year + " rules", checked.children(),
                    null);
            audited(by, "CHECK_CENSUS", "an uploaded census file checked against the " + year + " DfE rules; "
                    + checked.summary());
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    private Progress tracked(UUID id, long total) {
        Progress progress = new Progress(new PrintStream(OutputStream.nullOutputStream()), "job", total);
        return progress.whenRedrawn(() -> store.progress(id, progress.done(), progress.total()));
    }

    private void audited(Requester by, String action, String detail) {
        audit.record(new AuditTrail.Entry(by.userId(), by.username(), action, null, detail, null, true));
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
    }

    /** What a check found, numbered in rule order, each with the Hearth record it is about. */
    private record Checked(List<JobStore.Numbered> findings, int children, long errors) {

        static Checked of(List<Finding> found, Map<String, PersonId> people, int children) {
            List<JobStore.Numbered> numbered = new ArrayList<>(found.size());
            for (Finding f : found) {
                numbered.add(new JobStore.Numbered(numbered.size() + 1, f,
                        f.laChildId() == null ? null : people.get(f.laChildId())));
            }
            long errors = found.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
            return new Checked(numbered, children, errors);
        }

        String summary() {
            return counted(children, "child", "children") + "; " + counted(errors, "error", "errors") + " and "
                    + counted(findings.size() - errors, "query", "queries");
        }

        private static String counted(long n, String one, String many) {
            return String.format("%,d %s", n, n == 1 ? one : many);
        }
    }
}

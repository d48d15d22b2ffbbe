package hearth.returns.jobs;

import hearth.access.RestrictionFilter;
import hearth.access.Staff;
import hearth.access.StaffMember;
import hearth.audit.AuditTrail;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import hearth.returns.Requester;
import hearth.returns.ReturnsAccess;
import hearth.returns.census.export.CensusExport;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The returns' background work, for the census pages: start a check or an export of a year (or
 * join the one already under way), check a file from another system, follow a job, and read
 * what it found. Only those who make the returns may do any of it.
 */
@Service
public class ReturnsJobs {

    /** A job silent this long was left by a Hearth that stopped: the longest quiet step is the schema check. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);
    static final String ABANDONED = "Hearth stopped while this was under way, so it did not finish. Start it again.";
    /** The findings a page lists; the CSV has them all. */
    public static final int SHOWN = 500;
    private static final int RECENT = 20;

    private final JobStore store;
    private final JobRunner runner;
    private final ReturnsFiles files;
    private final RestrictionFilter restrictions;
    private final Staff staff;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CensusExport census;

    ReturnsJobs(JobStore store, JobRunner runner, ReturnsFiles files, RestrictionFilter restrictions, Staff staff,
                JdbcClient jdbc, AuditTrail audit, CensusExport census) {
        this.census = census;
        this.store = store;
        this.runner = runner;
        this.files = files;
        this.restrictions = restrictions;
        this.staff = staff;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @EventListener(ApplicationReadyEvent.class)
    void failAbandoned() {
        store.failAbandoned(ABANDONED_AFTER, ABANDONED);
    }

    /** Starts a check or export of a collection year, or returns the one already waiting or running. */
    public UUID start(JobKind kind, int year, StaffMember by) {
        ReturnsAccess.requireMayMakeReturns(by);
        if (kind == JobKind.FILE_CHECK) {
            throw new IllegalArgumentException("A file check starts with its file");
        }
        if (!census.years().contains(year)) {
            throw InvalidInput.of("year", "Choose a collection year Hearth has the DfE's schema for");
        }
        store.failAbandoned(ABANDONED_AFTER, ABANDONED);
        UUID id = store.queue(kind, year, by.id(), by.username(), null);
        runner.submit(id, kind, year, Requester.of(by));
        return id;
    }

    /** Keeps the uploaded file until it has been checked, and starts the check. */
    public UUID checkFile(InputStream file, String name, StaffMember by) {
        ReturnsAccess.requireMayMakeReturns(by);
        UUID id = store.queue(JobKind.FILE_CHECK, null, by.id(), by.username(), shortened(name));
        files.keepUpload(id, file);
        runner.submit(id, JobKind.FILE_CHECK, null, Requester.of(by));
        return id;
    }

    public Optional<ReturnsJob> find(UUID id, StaffMember viewer) {
        ReturnsAccess.requireMayMakeReturns(viewer);
        return store.find(id);
    }

    /** The collection years that can be checked and exported, newest first. */
    public List<Integer> years() {
        return census.years().stream().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    public List<ReturnsJob> recent(StaffMember viewer) {
        ReturnsAccess.requireMayMakeReturns(viewer);
        return store.recent(RECENT);
    }

    public List<RuleCount> countsByRule(UUID job, StaffMember viewer) {
        ReturnsAccess.requireMayMakeReturns(viewer);
        return store.countsByRule(job);
    }

    /**
     * What the job found (the first {@code limit}, of one child when an LA child id is given), each with the worker and team now allocated,
     * through the restriction filter: a restricted child who does not name the viewer is shown
     * as "Restricted record" without a link, and everyone shown is audited as seen in the list.
     */
    public List<ShownFinding> findings(UUID job, String laChildId, int limit, StaffMember viewer) {
        ReturnsAccess.requireMayMakeReturns(viewer);
        String child = laChildId == null || laChildId.isBlank() ? null : laChildId.strip();
        List<JobStore.StoredFinding> stored = store.findings(job, child, limit);
        Map<PersonId, Allocated> allocated = allocated(stored.stream().map(JobStore.StoredFinding::person).toList());
        RestrictionFilter.Visibility visibility = restrictions.check(viewer, "census findings",
                stored.stream().map(JobStore.StoredFinding::person).toList());
        return stored.stream().map(s -> {
            Allocated to = s.person() == null ? Allocated.NOBODY : allocated.getOrDefault(s.person(), Allocated.NOBODY);
            boolean hidden = s.person() != null && visibility.hides(s.person());
            return new ShownFinding(s.finding(), hidden ? RestrictionFilter.PLACEHOLDER : s.finding().laChildId(),
                    to.worker(), to.team(), hidden || s.person() == null ? null : s.finding().fixAt());
        }).toList();
    }

    /** Whether the job's exported file is still kept ({@link OldExports} clears old ones). */
    public boolean fileKept(ReturnsJob job) {
        return job.hasFile() && Files.isReadable(files.census(job.id()));
    }

    /**
     * The exported file, its download audited as one entry with its scope; empty when it has
     * been cleared away, and then nothing is audited since nothing was downloaded.
     */
    public Optional<Path> exportedFile(ReturnsJob job, StaffMember viewer) {
        ReturnsAccess.requireMayMakeReturns(viewer);
        if (!fileKept(job)) {
            return Optional.empty();
        }
        audit.record(new AuditTrail.Entry(viewer.id(), viewer.username(), "DOWNLOAD_CENSUS", null, "CIN census "
                + job.year() + " file of " + job.children() + " children; SHA-256 " + job.sha256(), null, true));
        return Optional.of(files.census(job.id()));
    }

    /** The findings as CSV rows, audited as one entry. */
    public void auditFindingsDownload(ReturnsJob job, int rows, StaffMember viewer) {
        audit.record(new AuditTrail.Entry(viewer.id(), viewer.username(), "DOWNLOAD_CENSUS", null, rows
                + " census findings of the " + job.kind().label().toLowerCase() + " of " + job.scope(), null, true));
    }

    /** The worker and team each child is allocated to now, from casework's reporting view. */
    private Map<PersonId, Allocated> allocated(List<PersonId> people) {
        List<UUID> ids = people.stream().filter(p -> p != null).map(PersonId::value).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        record Row(UUID person, UUID worker, UUID team) {
        }
        List<Row> rows = jdbc.sql("SELECT DISTINCT ON (person_id) person_id, worker_id, team_id FROM report_allocation "
                        + "WHERE person_id = ANY(?) AND ended_on IS NULL ORDER BY person_id, started_on DESC")
                .param(ids.toArray(UUID[]::new)).query((rs, n) -> new Row(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class), rs.getObject(3, UUID.class))).list();
        Map<UUID, StaffMember> workers = staff.findAll(rows.stream().map(Row::worker).filter(w -> w != null).toList());
        Map<UUID, String> teams = staff.teams().stream().collect(Collectors.toMap(Staff.Team::id, Staff.Team::name));
        return rows.stream().collect(Collectors.toMap(r -> new PersonId(r.person()), r -> new Allocated(
                r.worker() == null || !workers.containsKey(r.worker()) ? null : workers.get(r.worker()).displayName(),
                teams.get(r.team()))));
    }

    private static String shortened(String name) {
        String plain = name == null || name.isBlank() ? "an uploaded file" : name.strip();
        return plain.length() > 200 ? plain.substring(0, 200) : plain;
    }

    private record Allocated(String worker, String team) {
        static final Allocated NOBODY = new Allocated(null, null);
    }
}

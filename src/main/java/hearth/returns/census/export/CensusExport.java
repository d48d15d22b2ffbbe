package hearth.returns.census.export;

import hearth.audit.AuditTrail;
import hearth.platform.PersonId;
import hearth.platform.Progress;
import hearth.returns.Requester;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.timeliness.WorkingCalendar;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import javax.xml.stream.XMLStreamException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The Children in Need census of a collection year from Hearth's records: every child in need
 * at any time in the year, restricted records included, read in one pass (see
 * {@link CensusReader}) and written with {@link CensusXmlWriter}. Every file is checked against
 * the year's DfE schema before it is handed over; a file that fails is refused with the
 * schema's messages, never written. Each export is one audit entry with its scope.
 */
@Service
public class CensusExport {

    /** xs:dateTime with its seconds always written: LocalDateTime.toString drops ":00". */
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private final DataSource dataSource;
    private final WorkingCalendar calendar;
    private final List<EpisodeBlock> blocks;
    private final AuditTrail audit;
    private final Clock clock;
    private final String lea;

    CensusExport(DataSource dataSource, WorkingCalendar calendar, List<EpisodeBlock> blocks, AuditTrail audit,
                 Clock clock, @Value("${hearth.returns.la-code:873}") String lea) {
        this.dataSource = dataSource;
        this.calendar = calendar;
        this.blocks = blocks;
        this.audit = audit;
        this.clock = clock;
        this.lea = lea;
    }

    /** The collection year named by its reference date, refused when Hearth has no schema for it. */
    public CensusYear year(int year) {
        CensusSchemas.requireKnown(year);
        return new CensusYear(year, calendar);
    }

    /** The children in need of the year, with Hearth's id of each, one at a time in id order. */
    public void eachChild(CensusYear year, ChildSink sink) {
        read(year.referenceDate(), new ChildInNeed(year), sink);
    }

    /**
     * The children in need at any time from {@code from} to {@code to}, as the census would
     * report them with {@code to} as its reference date: for Ofsted's lists, which cover any period.
     */
    public void eachChildInNeed(LocalDate from, LocalDate to, ChildSink sink) {
        read(to, new ChildInNeed(from, to, calendar), sink);
    }

    private void read(LocalDate until, ChildInNeed census, ChildSink sink) {
        try (ReadAhead children = ReadAhead.start(dataSource, until, census)) {
            for (ReadAhead.ChildRead read = children.next(); read != null; read = children.next()) {
                sink.accept(read.person(), read.child());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the census data", e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the census file", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The years Hearth has the DfE's schema for, oldest first. */
    public List<Integer> years() {
        return CensusSchemas.YEARS;
    }

    /** The whole year's return in memory, for validating it before export. */
    public CensusFile file(CensusYear year) {
        return read(year, new Progress(new PrintStream(OutputStream.nullOutputStream()), "census", 1)).file();
    }

    /**
     * The whole year's return in memory with Hearth's id of each child by LA child id, so a
     * finding can lead to the record it is fixed on; one step of {@code progress} per child read.
     */
    public Read read(CensusYear year, Progress progress) {
        List<CensusFile.Child> children = new ArrayList<>();
        Map<String, PersonId> people = new HashMap<>();
        eachChild(year, (person, child) -> {
            if (child != null) {
                children.add(child);
                people.put(child.laChildId(), person);
            }
            progress.advance(1);
        });
        return new Read(new CensusFile(header(year), children), people);
    }

    /** How many children the export reads (some of whom are not in need in the year), for a progress bar. */
    public long childrenToRead() {
        try (Connection connection = dataSource.getConnection();
             var statement = connection.prepareStatement(CensusReader.HOW_MANY_CHILDREN);
             var rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the census data", e);
        }
    }

    /**
     * Writes the year's file to {@code out}, checked against the year's schema; on a schema
     * failure nothing is written to {@code out} and {@link CensusRefused} lists the errors.
     */
    public Exported write(CensusYear year, Path out, Progress progress, Requester by) {
        Path part = out.toAbsolutePath().resolveSibling(out.getFileName() + "." + UUID.randomUUID() + ".part");
        MessageDigest sha = sha256();
        List<String> written = new ArrayList<>();
        try (SchemaCheck check = SchemaCheck.of(year.year())) {
            try (OutputStream file = check.alongside(new DigestOutputStream(Files.newOutputStream(part), sha));
                 CensusXmlWriter xml = new CensusXmlWriter(file, blocks(year))) {
                blocks(year).forEach(b -> b.start(year));
                xml.start(header(year));
                eachChild(year, (person, child) -> {
                    if (child != null) {
                        xml.child(person, child);
                        written.add(child.laChildId());
                    }
                    progress.advance(1);
                });
                xml.finish();
            }
            List<String> errors = check.errors(written);
            if (!errors.isEmpty()) {
                audited(by, year, "refused: the file did not meet the schema (" + errors.get(0) + ")", false);
                throw new CensusRefused(year.year(), errors);
            }
            Files.move(part, out, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the census file", e);
        } finally {
            deleteQuietly(part);
        }
        Exported exported = new Exported(out, written.size(), HexFormat.of().formatHex(sha.digest()));
        audited(by, year, exported.children() + " children; SHA-256 " + exported.sha256(), true);
        return exported;
    }

    private List<EpisodeBlock> blocks(CensusYear year) {
        return blocks.stream().filter(b -> b.appliesTo(year)).toList();
    }

    private void audited(Requester by, CensusYear year, String outcome, boolean allowed) {
        audit.record(new AuditTrail.Entry(by.userId(), by.username(), "EXPORT_CENSUS", null, "CIN census " + year.year()
                + " (" + year.start() + " to " + year.referenceDate() + "), every child in need, restricted records "
                + "included; " + outcome, null, allowed));
    }

    CensusFile.Header header(CensusYear year) {
        return new CensusFile.Header("CIN", Integer.toString(year.year()), year.referenceDate().toString(), "L", lea,
                "Hearth", "1", "001", SECONDS.format(LocalDateTime.now(clock.withZone(WorkingCalendar.LONDON))));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException ignored) {
            // A leftover part file names itself; it holds no more than the refused export.
        }
    }

    /** Receives each child read; {@code child} is null for a child with no episode open in the year. */
    @FunctionalInterface
    public interface ChildSink {
        void accept(PersonId person, CensusFile.Child child) throws XMLStreamException, IOException;
    }

    /** A year's return read from Hearth's records, and whose record each LA child id is. */
    public record Read(CensusFile file, Map<String, PersonId> people) {
    }

    public record Exported(Path file, int children, String sha256) {
    }

    /** The file failed the year's schema; nothing was handed over. */
    public static class CensusRefused extends RuntimeException {
        private final List<String> errors;

        CensusRefused(int year, List<String> errors) {
            super("The " + year + " census file does not meet the DfE schema, so it was not written: "
                    + String.join("; ", errors));
            this.errors = List.copyOf(errors);
        }

        public List<String> errors() {
            return errors;
        }
    }
}

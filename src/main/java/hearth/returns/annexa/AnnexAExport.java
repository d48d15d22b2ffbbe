package hearth.returns.annexa;

import hearth.access.StaffMember;
import hearth.audit.AuditTrail;
import hearth.platform.Progress;
import hearth.returns.Requester;
import hearth.returns.ReturnsAccess;
import hearth.returns.census.export.CensusExport;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ofsted's child-level lists ("Annex A") for a period as one XLSX workbook: lists 1 to 7, the
 * ones Hearth's records cover, every child included (restricted records too: inspectors see
 * every child), and a notes sheet naming what Hearth leaves blank. Each export is one audit
 * entry with the period, the rows of each list and the SHA-256 of the bytes written.
 */
@Service
public class AnnexAExport {

    /** The progress steps of an export: lists 1 to 5 one by one, lists 6 and 7 together, the file. */
    public static final int STEPS = 7;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final ChildInNeedLists childrenInNeed;
    private final AuditTrail audit;

    AnnexAExport(DataSource dataSource, PlatformTransactionManager transactions, CensusExport census,
                 AuditTrail audit) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(5_000);
        this.jdbc = new NamedParameterJdbcTemplate(template);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.childrenInNeed = new ChildInNeedLists(census);
        this.audit = audit;
    }

    /** Performance officers and heads of service make the returns; the refusal is the same for pages and API. */
    public void requireMayExport(StaffMember user) {
        ReturnsAccess.requireMayMakeReturns(user);
    }

    /** Writes the workbook to {@code out} (which it does not close) and audits it. */
    public Exported write(AnnexAPeriod period, OutputStream out, Progress progress, Requester by) throws IOException {
        MessageDigest sha = sha256();
        Map<AnnexAList, Integer> rows = new EnumMap<>(AnnexAList.class);
        try (AnnexAWorkbook book = new AnnexAWorkbook(period)) {
            // In one read-only transaction, so PostgreSQL streams each list in pages of 5,000 rows.
            readOnly.executeWithoutResult(status -> new RecordLists().write(jdbc, period, book,
                    () -> progress.advance(1)));
            childrenInNeed.write(jdbc, period, book);
            progress.advance(1);
            book.notes(AnnexANotes.ALL);
            // Not closed here: the caller owns out (a file, or the response of a page).
            book.writeTo(new DigestOutputStream(out, sha));
            progress.advance(1);
            for (AnnexAList list : AnnexAList.values()) {
                rows.put(list, book.rows(list));
            }
        }
        Exported exported = new Exported(rows, HexFormat.of().formatHex(sha.digest()));
        audit.record(new AuditTrail.Entry(by.userId(), by.username(), "EXPORT_ANNEX_A", null, "Ofsted's lists 1 to 7 for "
                + period + ", every child, restricted records included; " + exported.rowsInWords() + "; SHA-256 "
                + exported.sha256(), null, true));
        return exported;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows written to each list's sheet (headers not counted) and the SHA-256 of the workbook. */
    public record Exported(Map<AnnexAList, Integer> rows, String sha256) {

        public int rowsOf(int list) {
            return rows.get(AnnexAList.values()[list - 1]);
        }

        public String rowsInWords() {
            return rows.entrySet().stream().map(e -> e.getKey().sheet() + ": " + e.getValue())
                    .collect(Collectors.joining(", "));
        }
    }
}

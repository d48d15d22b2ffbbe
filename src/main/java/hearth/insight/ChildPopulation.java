package hearth.insight;

import hearth.access.AccessDenied;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.audit.AuditTrail;
import hearth.platform.InvalidInput;
import java.io.IOException;
import java.io.Reader;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The children living in each postcode district, the denominator of every "per 10,000
 * children" figure. A council uploads it as CSV ({@code postcode_district,children}); an
 * upload replaces the whole table in one transaction, so figures never mix two estimates.
 */
@Service
public class ChildPopulation {

    private static final Pattern DISTRICT = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]?");
    private static final int MOST_DISTRICTS = 5_000;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ChildPopulation(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Children living in each district, in district order. */
    public Map<String, Integer> byDistrict() {
        Map<String, Integer> children = new LinkedHashMap<>();
        jdbc.sql("SELECT postcode_district, children FROM child_population ORDER BY postcode_district")
                .query(rs -> {
                    children.put(rs.getString(1), rs.getInt(2));
                });
        return children;
    }

    /** A performance officer or head of service loads the council's estimates from a CSV file. */
    public int upload(Reader csv, String source, StaffMember by) {
        requireMayUpload(by);
        return replace(parse(csv), source, by);
    }

    public void requireMayUpload(StaffMember user) {
        if (user.role() != Role.PERFORMANCE_OFFICER && user.role() != Role.HEAD_OF_SERVICE) {
            throw new AccessDenied(null, false);
        }
    }

    /** Replaces the table with these districts; {@code by} is null for the demo generator. */
    @Transactional
    public int replace(Map<String, Integer> byDistrict, String source, StaffMember by) {
        jdbc.sql("DELETE FROM child_population").update();
        Timestamp now = Timestamp.from(clock.instant());
        byDistrict.forEach((district, children) -> jdbc.sql("""
                INSERT INTO child_population (postcode_district, children, source, loaded_at)
                VALUES (:district, :children, :source, :at)""").param("district", district).param("children", children)
                .param("source", source).param("at", now).update());
        audit.record(new AuditTrail.Entry(by == null ? null : by.id(), by == null ? "hearth" : by.username(),
                "LOAD_CHILD_POPULATION", null, byDistrict.size() + " postcode districts, "
                + byDistrict.values().stream().mapToLong(Integer::longValue).sum() + " children; " + source, null, true));
        return byDistrict.size();
    }

    /**
     * Reads an upload: a header row naming {@code postcode_district} and {@code children}, then
     * one row a district. Every bad row is named in one message, so the file is fixed in one go.
     *
     * @throws InvalidInput on the field {@code file}
     */
    public static Map<String, Integer> parse(Reader csv) {
        Map<String, Integer> districts = new LinkedHashMap<>();
        StringBuilder problems = new StringBuilder();
        try {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                    .parse(csv)) {
                String problem = read(row, districts);
                if (problem != null && problems.length() < 400) {
                    problems.append(problems.isEmpty() ? "" : "; ").append("row ").append(row.getRecordNumber() + 1)
                            .append(": ").append(problem);
                }
                if (districts.size() > MOST_DISTRICTS) {
                    throw InvalidInput.of("file", "The file has more than " + MOST_DISTRICTS + " districts");
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw InvalidInput.of("file", "The file must be CSV with the columns postcode_district and children");
        }
        if (!problems.isEmpty()) {
            throw InvalidInput.of("file", "Fix these rows and upload the file again: " + problems);
        }
        if (districts.isEmpty()) {
            throw InvalidInput.of("file", "The file has no districts");
        }
        return districts;
    }

    private static String read(CSVRecord row, Map<String, Integer> districts) {
        String district = row.get("postcode_district").toUpperCase().replace(" ", "");
        if (!DISTRICT.matcher(district).matches()) {
            return "'" + abbreviate(district) + "' is not a postcode district such as BK7";
        }
        try {
            int children = Integer.parseInt(row.get("children").replace(",", ""));
            if (children < 0) {
                return "the number of children cannot be negative";
            }
            if (districts.putIfAbsent(district, children) != null) {
                return district + " is given twice";
            }
            return null;
        } catch (NumberFormatException e) {
            return "'" + abbreviate(row.get("children")) + "' is not a whole number of children";
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "..." : text;
    }
}

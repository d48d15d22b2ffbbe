package hearth.insight;

import hearth.access.AccessDenied;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.audit.AuditTrail;
import hearth.platform.InvalidInput;
import java.io.Reader;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The children living in each postcode district, and in each ward where the council has them,
 * the denominator of every "per 10,000 children" figure. A council uploads it as CSV
 * ({@code postcode_district,children}, a row's area a district such as BK7 or a ward code such
 * as E05001234); an upload replaces the whole table in one transaction, so figures never mix
 * two estimates.
 */
@Service
public class ChildPopulation {

    private static final Pattern DISTRICT = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]?");
    /** An ONS ward code in England or Wales, such as E05001234. */
    private static final Pattern WARD = Pattern.compile("[EW]05[0-9]{6}");
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
        return byArea(false);
    }

    /** Children living in each ward the council gave, by ward code. */
    public Map<String, Integer> byWard() {
        return byArea(true);
    }

    public static boolean isWard(String area) {
        return area != null && WARD.matcher(area).matches();
    }

    private Map<String, Integer> byArea(boolean wards) {
        Map<String, Integer> children = new LinkedHashMap<>();
        jdbc.sql("SELECT postcode_district, children FROM child_population ORDER BY postcode_district")
                .query(rs -> {
                    if (isWard(rs.getString(1)) == wards) {
                        children.put(rs.getString(1), rs.getInt(2));
                    }
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
        return AreaCsv.read(csv, "postcode_district and children", MOST_DISTRICTS, "districts", ChildPopulation::read);
    }

    private static String read(CSVRecord row, Map<String, Integer> districts) {
        String district = row.get("postcode_district").toUpperCase().replace(" ", "");
        if (!DISTRICT.matcher(district).matches() && !isWard(district)) {
            return "'" + AreaCsv.abbreviate(district)
                    + "' is not a postcode district such as BK7 or a ward code such as E05001234";
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
            return "'" + AreaCsv.abbreviate(row.get("children")) + "' is not a whole number of children";
        }
    }
}

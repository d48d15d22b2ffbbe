package hearth.insight;

import hearth.access.StaffMember;
import hearth.audit.AuditTrail;
import java.io.Reader;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's postcode-to-ward table, uploaded as CSV ({@code postcode,ward_code,ward_name},
 * as the ONS postcode directory gives them), so the partnership's figures can be filtered by
 * ward. An upload replaces the whole table in one transaction. Without one, areas are postcode
 * districts only.
 */
@Service
public class Wards {

    private static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][A-Z]{2}");
    private static final int MOST_POSTCODES = 500_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ChildPopulation population;
    private final AuditTrail audit;
    private final Clock clock;

    Wards(JdbcClient jdbc, JdbcTemplate batch, ChildPopulation population, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.population = population;
        this.audit = audit;
        this.clock = clock;
    }

    /** Each ward's name by its code, in name order. */
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT ward_code, ward_name FROM ward ORDER BY ward_name, ward_code")
                .query(rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return names;
    }

    /** A ward's name, by its code; empty when the council's table has no such ward. */
    public Optional<String> name(String code) {
        return jdbc.sql("SELECT ward_name FROM ward WHERE ward_code = :code").param("code", code)
                .query(String.class).optional();
    }

    /** A performance officer or head of service loads the table from a CSV file; how many postcodes. */
    @Transactional
    public int upload(Reader csv, String source, StaffMember by) {
        population.requireMayUpload(by);
        Map<String, String[]> postcodes = parse(csv);
        // A ward takes the name its first postcode gives it.
        Map<String, String> names = new LinkedHashMap<>();
        postcodes.values().forEach(ward -> names.putIfAbsent(ward[0], ward[1]));
        jdbc.sql("DELETE FROM postcode_ward").update();
        jdbc.sql("DELETE FROM ward").update();
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> wards = new ArrayList<>(names.size());
        names.forEach((code, name) -> wards.add(new Object[] {code, name, source, now}));
        batch.batchUpdate("INSERT INTO ward (ward_code, ward_name, source, loaded_at) VALUES (?, ?, ?, ?)", wards);
        List<Object[]> rows = new ArrayList<>(postcodes.size());
        postcodes.forEach((postcode, ward) -> rows.add(new Object[] {postcode, ward[0]}));
        batch.batchUpdate("INSERT INTO postcode_ward (postcode_key, ward_code) VALUES (?, ?)", rows);
        audit.record(new AuditTrail.Entry(by.id(), by.username(), "LOAD_WARDS", null, postcodes.size()
                + " postcodes in " + names.size() + " wards; " + source, null, true));
        return postcodes.size();
    }

    /**
     * Reads an upload into postcode (key form) to ward code and name.
     *
     * @throws hearth.platform.InvalidInput on the field {@code file}
     */
    static Map<String, String[]> parse(Reader csv) {
        return AreaCsv.read(csv, "postcode, ward_code and ward_name", MOST_POSTCODES, "postcodes", Wards::read);
    }

    private static String read(CSVRecord row, Map<String, String[]> wards) {
        String postcode = row.get("postcode").toUpperCase().replace(" ", "");
        String code = row.get("ward_code").toUpperCase();
        String name = row.get("ward_name");
        if (!POSTCODE.matcher(postcode).matches()) {
            return "'" + AreaCsv.abbreviate(postcode) + "' is not a postcode such as BK7 3QT";
        }
        if (!ChildPopulation.isWard(code)) {
            return "'" + AreaCsv.abbreviate(code) + "' is not a ward code such as E05001234";
        }
        if (name.isBlank() || name.length() > 100) {
            return "give the ward's name, in at most 100 characters";
        }
        if (wards.putIfAbsent(postcode, new String[] {code, name}) != null) {
            return postcode + " is given twice";
        }
        return null;
    }
}

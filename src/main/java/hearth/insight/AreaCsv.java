package hearth.insight;

import hearth.platform.InvalidInput;
import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A council's CSV table of areas (the child population, the postcode-to-ward table): a header
 * row naming the columns, then one row an area. Every bad row is named in one message, so the
 * file is fixed in one go; nothing is kept from a file with any.
 */
final class AreaCsv {

    /** Reads one row into the table; what is wrong with it, or null. */
    interface Row<T> {
        String read(CSVRecord row, Map<String, T> into);
    }

    private AreaCsv() {
    }

    /**
     * @param columns the columns, in words for the message ("postcode_district and children")
     * @param what what the rows are, for the messages ("districts")
     * @throws InvalidInput on the field {@code file}
     */
    static <T> Map<String, T> read(Reader csv, String columns, int most, String what, Row<T> reader) {
        Map<String, T> rows = new LinkedHashMap<>();
        StringBuilder problems = new StringBuilder();
        try {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                    .parse(csv)) {
                String problem = reader.read(row, rows);
                if (problem != null && problems.length() < 400) {
                    problems.append(problems.isEmpty() ? "" : "; ").append("row ").append(row.getRecordNumber() + 1)
                            .append(": ").append(problem);
                }
                if (rows.size() > most) {
                    throw InvalidInput.of("file", "The file has more than " + most + " " + what);
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw InvalidInput.of("file", "The file must be CSV with the columns " + columns);
        }
        if (!problems.isEmpty()) {
            throw InvalidInput.of("file", "Fix these rows and upload the file again: " + problems);
        }
        if (rows.isEmpty()) {
            throw InvalidInput.of("file", "The file has no " + what);
        }
        return rows;
    }

    static String abbreviate(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "..." : text;
    }
}

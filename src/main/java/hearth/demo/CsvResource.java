package hearth.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/** Reads one of the name and place lists the project ships under demo/. */
final class CsvResource {

    private CsvResource() {
    }

    static List<CSVRecord> read(String path) {
        try (Reader reader = new InputStreamReader(new ClassPathResource("demo/" + path).getInputStream(),
                StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                    .parse(reader).getRecords();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read demo/" + path, e);
        }
    }
}

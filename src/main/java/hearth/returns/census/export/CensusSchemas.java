package hearth.returns.census.export;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.springframework.core.io.ClassPathResource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The DfE's census schema of each collection year Hearth can export (2025: 2024-25, 2026:
 * 2025-26), and the check every export passes before it is handed over.
 */
final class CensusSchemas {

    static final List<Integer> YEARS = List.of(2025, 2026);
    private static final int ERRORS_SHOWN = 10;
    private static final Map<Integer, Schema> LOADED = new ConcurrentHashMap<>();

    private CensusSchemas() {
    }

    /** Refuses a year with no schema, in words a performance officer can act on. */
    static void requireKnown(int year) {
        if (!YEARS.contains(year)) {
            throw new IllegalArgumentException("Hearth has the census schema for the years " + YEARS
                    + " (the reference date's year: 2026 is April 2025 to March 2026), not for " + year);
        }
    }

    /** The schema errors of a written file (at most ten), empty when it is valid. */
    static List<String> errors(int year, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return named(problems(year, in), List.of());
        }
    }

    /**
     * The first ten errors in a file read from {@code in}. The stream is always read to its end,
     * even after a fatal error, so that a writer feeding it through a pipe is never left waiting.
     */
    static List<SAXParseException> problems(int year, InputStream in) throws IOException {
        Validator validator = schema(year).newValidator();
        List<SAXParseException> errors = new ArrayList<>();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                if (errors.size() < ERRORS_SHOWN) {
                    errors.add(e);
                }
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        try {
            // The parser closes what it reads; the stream is kept open to be drained below.
            validator.validate(new StreamSource(new FilterInputStream(in) {
                @Override
                public void close() {
                }
            }));
        } catch (SAXException e) {
            if (errors.isEmpty()) {
                errors.add(e instanceof SAXParseException p ? p : new SAXParseException(e.getMessage(), null));
            }
        } finally {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return errors;
    }

    /**
     * Each error in words, naming the child it is in: the writer puts child n (from 1) on line
     * n + 1, so {@code children} (the LA child ids in the order written) leads from a line to the child.
     */
    static List<String> named(List<SAXParseException> errors, List<String> children) {
        return errors.stream().map(e -> {
            if (e.getLineNumber() < 0) {
                return e.getMessage();
            }
            int child = e.getLineNumber() - 2;
            String where = child >= 0 && child < children.size() ? "child " + children.get(child) + " (line "
                    + e.getLineNumber() + ")" : "line " + e.getLineNumber();
            return where + ", column " + e.getColumnNumber() + ": " + e.getMessage();
        }).toList();
    }

    private static Schema schema(int year) {
        requireKnown(year);
        return LOADED.computeIfAbsent(year, y -> {
            ClassPathResource xsd = new ClassPathResource("hearth/returns/CIN_schema_" + y + ".xsd");
            try (InputStream in = xsd.getInputStream()) {
                return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new StreamSource(in));
            } catch (IOException | SAXException e) {
                throw new IllegalStateException("Cannot read the census schema " + xsd.getPath(), e);
            }
        });
    }
}

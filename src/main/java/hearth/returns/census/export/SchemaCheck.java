package hearth.returns.census.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.xml.sax.SAXParseException;

/**
 * A census file checked against its year's schema while it is written: the bytes go to the
 * file and, through a pipe, to the schema's validator on a second thread, so a national-size
 * export pays for the check on the other core instead of reading the whole file again at the end.
 * The check sees exactly the bytes the file gets.
 */
final class SchemaCheck implements AutoCloseable {

    private final OutputStream toValidator;
    private final FutureTask<List<SAXParseException>> validated;
    private boolean ended;

    private SchemaCheck(int year) throws IOException {
        Pipe pipe = Pipe.open();
        this.toValidator = Channels.newOutputStream(pipe.sink());
        InputStream fromWriter = Channels.newInputStream(pipe.source());
        this.validated = new FutureTask<>(() -> {
            try (fromWriter) {
                return CensusSchemas.problems(year, fromWriter);
            }
        });
        Thread validator = new Thread(validated, "census-schema-check");
        validator.setDaemon(true);
        validator.start();
    }

    /** Starts the year's validator, waiting for the bytes written through {@link #alongside}. */
    static SchemaCheck of(int year) throws IOException {
        CensusSchemas.requireKnown(year);
        return new SchemaCheck(year);
    }

    /** {@code file}, with everything written to it also handed to the validator. */
    OutputStream alongside(OutputStream file) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                file.write(b);
                toValidator.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                file.write(bytes, offset, length);
                toValidator.write(bytes, offset, length);
            }

            @Override
            public void flush() throws IOException {
                file.flush();
            }

            @Override
            public void close() throws IOException {
                file.close();
            }
        };
    }

    /**
     * The schema's errors (at most ten) once the whole file is written, each naming its child
     * from {@code children}, the LA child ids in the order written; empty when the file is valid.
     */
    List<String> errors(List<String> children) {
        return CensusSchemas.named(ended(), children);
    }

    private List<SAXParseException> ended() {
        try {
            if (!ended) {
                ended = true;
                toValidator.close();
            }
            return validated.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking the census file against its schema", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot check the census file against its schema", e.getCause());
        }
    }

    /** Ends the validator's input, so that a file abandoned half-written leaves no thread waiting. */
    @Override
    public void close() {
        ended();
    }
}

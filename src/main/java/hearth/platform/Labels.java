package hearth.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** labels.properties, loaded once with the first label asked for. */
final class Labels {

    static final Properties ALL = load();

    private Labels() {
    }

    private static Properties load() {
        Properties labels = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream("/labels.properties")) {
            labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return labels;
    }
}

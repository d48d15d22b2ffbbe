package hearth.people;

import hearth.reference.CodeLists.Code;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** First languages offered on the person form, by ISO 639-3 code. */
@Component
public class Languages {

    private final List<Code> all;

    Languages() throws IOException {
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/names/first-languages.csv").getInputStream(), StandardCharsets.UTF_8))) {
            all = reader.lines().skip(1).map(line -> line.split(",")).filter(f -> f.length >= 2)
                    .map(f -> new Code(f[0].strip(), f[1].strip())).distinct()
                    .sorted(Comparator.comparing(Code::label)).toList();
        }
    }

    public List<Code> all() {
        return all;
    }

    public String label(String code) {
        return code == null ? null : all.stream().filter(c -> c.code().equals(code)).map(Code::label).findFirst()
                .orElse(code);
    }
}

package hearth.returns.census;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The DfE's list of census rules for a year: each code's severity and message, as published. */
public final class RuleBook {

    public record Entry(String code, Finding.Severity severity, String message) {
    }

    private final Map<String, Entry> entries;

    private RuleBook(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** The 2025-26 list, which the DfE also applies to 2024-25. */
    public static RuleBook standard() {
        String resource = "/hearth/returns/cin-rules-2025-26.tsv";
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(RuleBook.class.getResourceAsStream(resource), resource), StandardCharsets.UTF_8))) {
            Map<String, Entry> entries = new LinkedHashMap<>();
            in.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
                String[] cells = line.split("\t", 3);
                entries.put(cells[0], new Entry(cells[0], Finding.Severity.valueOf(cells[1]), cells[2]));
            });
            return new RuleBook(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Entry entry(String code) {
        Entry entry = entries.get(code);
        if (entry == null) {
            throw new IllegalArgumentException("No census rule " + code + " in the DfE's list");
        }
        return entry;
    }

    public java.util.Set<String> codes() {
        return entries.keySet();
    }
}

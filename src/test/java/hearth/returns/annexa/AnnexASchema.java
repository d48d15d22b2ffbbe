package hearth.returns.annexa;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Ofsted's Annex A schema (Social Finance's open tools' copy, kept with the tests): the
 * column keys of each list and, for a category column, its codes. The YAML reads Yes and No
 * as booleans, as any YAML 1.1 reader does, so they are turned back into words.
 */
final class AnnexASchema {

    private static final Pattern DAY = Pattern.compile("\\d\\d/\\d\\d/\\d{4}");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final Map<String, Map<String, Map<String, Object>>> lists;

    private AnnexASchema(Map<String, Map<String, Map<String, Object>>> lists) {
        this.lists = lists;
    }

    @SuppressWarnings("unchecked")
    static AnnexASchema load() throws Exception {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10_000);
        try (InputStream in = AnnexASchema.class.getResourceAsStream("Annex_A_schema.yml")) {
            Map<String, Object> schema = new Yaml(options).load(in);
            return new AnnexASchema((Map<String, Map<String, Map<String, Object>>>) schema.get("column_map"));
        }
    }

    /** The list's column keys in order, with Gender headed {@code sexHeader} (Sex from 2026). */
    List<String> headers(int list, String sexHeader) {
        return columns(list).keySet().stream().map(h -> h.equals("Gender") ? sexHeader : h).toList();
    }

    /**
     * What is wrong with a cell's value, or null: a category's value must be the first code of
     * its category (the schema's other spellings of the same letter come after it), a date must
     * be dd/mm/yyyy and a number digits. A blank is a matter for the notes sheet.
     */
    String problem(int list, String header, String value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> column = columns(list).get(header.equals("Sex") ? "Gender" : header);
        if (column.containsKey("date")) {
            return DAY.matcher(value).matches() ? null : "not dd/mm/yyyy: " + value;
        }
        if (column.containsKey("numeric")) {
            return NUMBER.matcher(value).matches() ? null : "not a number: " + value;
        }
        if (column.containsKey("category")) {
            List<String> codes = codes(column);
            String first = codes.stream().filter(c -> prefix(c).equals(prefix(value))).findFirst().orElse(null);
            return value.equals(first) ? null : "not the first code of its category: " + value + " in " + codes;
        }
        return null;
    }

    private Map<String, Map<String, Object>> columns(int list) {
        return lists.get("list_" + list);
    }

    @SuppressWarnings("unchecked")
    private static List<String> codes(Map<String, Object> column) {
        List<String> codes = new ArrayList<>();
        for (Map<String, Object> category : (List<Map<String, Object>>) column.get("category")) {
            Object code = category.get("code");
            codes.add(code instanceof Boolean yes ? (yes ? "Yes" : "No") : code.toString());
        }
        return codes;
    }

    /** "a) White" and "a) white" are one category spelt two ways; "Yes" is its own. */
    private static String prefix(String code) {
        int bracket = code.indexOf(')');
        return bracket > 0 ? code.substring(0, bracket) : code;
    }
}

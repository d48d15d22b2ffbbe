package hearth.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the JSON a change trigger wrote into lines a data protection officer can read:
 * "surname: Smith to Smyth" for an edit, "surname: Smith" for each field of an addition
 * or removal. Ids and bookkeeping columns are left out of the words (they stay in the
 * stored JSON).
 */
final class ChangeInWords {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChangeInWords() {
    }

    static List<String> of(String action, String changes) {
        if (changes == null) {
            return List.of();
        }
        JsonNode node = JSON.readTree(changes);
        boolean edit = "RECORD_CHANGED".equals(action);
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (shown(field.getKey())) {
                lines.add(words(field.getKey()) + ": " + (edit
                        ? text(field.getValue().get("from")) + " to " + text(field.getValue().get("to"))
                        : text(field.getValue())));
            }
        }
        return lines;
    }

    private static boolean shown(String column) {
        return !column.equals("id") && !column.endsWith("_id") && !column.endsWith("_by") && !column.equals("version");
    }

    private static String words(String column) {
        String text = column.replace('_', ' ');
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "(blank)";
        }
        return value.isString() ? value.asString() : value.toString();
    }
}

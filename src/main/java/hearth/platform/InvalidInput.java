package hearth.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that breaks a rule, with a message per field in the order the fields appear,
 * so a page can show the GOV.UK error summary and each message beside its field.
 */
public class InvalidInput extends RuntimeException {

    private final LinkedHashMap<String, String> errors;

    public InvalidInput(Map<String, String> errors) {
        super(String.join("; ", errors.values()));
        this.errors = new LinkedHashMap<>(errors);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(Map.of(field, message));
    }

    public Map<String, String> errors() {
        return errors;
    }

    /** Collects field errors, first one per field wins. */
    public static final class Errors {
        private final LinkedHashMap<String, String> errors = new LinkedHashMap<>();

        public Errors add(String field, String message) {
            errors.putIfAbsent(field, message);
            return this;
        }

        public boolean has(String field) {
            return errors.containsKey(field);
        }

        public boolean isEmpty() {
            return errors.isEmpty();
        }

        public Map<String, String> asMap() {
            return errors;
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
        }
    }
}

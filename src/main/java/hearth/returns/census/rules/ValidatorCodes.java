package hearth.returns.census.rules;

import java.util.Locale;

/**
 * Codes and flags as the councils' validator matches them: exactly as written, or lower-cased
 * where its rule lower-cases first; a missing value matches nothing. In a list (disabilities,
 * assessment factors) an empty element reads as "", which the validator holds as no value.
 */
final class ValidatorCodes {

    private ValidatorCodes() {
    }

    static boolean in(String value, String... codes) {
        if (value == null) {
            return false;
        }
        for (String code : codes) {
            if (code.equals(value)) {
                return true;
            }
        }
        return false;
    }

    static boolean lowerIn(String value, String... codes) {
        return value != null && in(value.toLowerCase(Locale.ROOT), codes);
    }

    static boolean present(String item) {
        return item != null && !item.isEmpty();
    }

    static String upper(String item) {
        return present(item) ? item.toUpperCase(Locale.ROOT) : null;
    }
}

package hearth.platform;

/**
 * One of an enum's values, as a form posts it. A value not in the list (a tampered form,
 * an old link) reads as no choice, so the rule that a choice is required gives its
 * message by the field, rather than the enum's own exception giving a 500.
 */
public final class Choice {

    private Choice() {
    }

    /** @return the value, or null when the text is blank or names none of the values */
    public static <E extends Enum<E>> E of(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The value, or a refusal naming the field when there is none. */
    public static <E extends Enum<E>> E required(Class<E> type, String value, String field, String message) {
        E chosen = of(type, value);
        if (chosen == null) {
            throw InvalidInput.of(field, message);
        }
        return chosen;
    }
}

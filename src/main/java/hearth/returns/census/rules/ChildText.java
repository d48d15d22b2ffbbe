package hearth.returns.census.rules;

/**
 * Identifier text as the councils' validator (Python) measures it: lengths in characters, not
 * UTF-16 units, and "digits" and "letters" as Python's str.isdigit and str.isalpha judge them.
 */
final class ChildText {

    static final int UPN_LENGTH = 13;

    private ChildText() {
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Python's isdigit: at least one character, every one a digit. */
    static boolean digits(String text) {
        return !text.isEmpty() && text.codePoints().allMatch(Character::isDigit);
    }

    /** Python's isalnum: at least one character, every one a letter or a number. */
    static boolean alphanumeric(String text) {
        return !text.isEmpty() && text.codePoints().allMatch(c -> Character.isLetterOrDigit(c)
                || Character.getType(c) == Character.LETTER_NUMBER || Character.getType(c) == Character.OTHER_NUMBER);
    }

    /** A UPN of the full 13 characters, the only ones the character-by-character checks look at. */
    static boolean fullLength(String upn) {
        return upn != null && length(upn) == UPN_LENGTH;
    }
}

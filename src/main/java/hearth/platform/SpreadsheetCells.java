package hearth.platform;

import java.util.Arrays;

/**
 * Cells for a CSV file that people open in a spreadsheet. Text beginning with a character
 * a spreadsheet reads as the start of a formula ({@code = + - @}, a tab or a carriage
 * return) is written with a leading apostrophe, so a summary typed as
 * {@code =HYPERLINK(...)} is shown as text and never run (CSV injection, OWASP).
 * Dates, times and numbers are written as they are.
 */
public final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    /** One row of cells, each made safe. */
    public static Object[] row(Object... values) {
        return Arrays.stream(values).map(SpreadsheetCells::cell).toArray();
    }

    public static Object cell(Object value) {
        if (value instanceof CharSequence text && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }
}

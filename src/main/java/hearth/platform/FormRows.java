package hearth.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows a form repeats (actions, participants), grown without JavaScript: the form starts with
 * one row and an "Add another" submit button that shows it again, everything typed and ticked
 * kept, with one more. The form posts how many rows it showed in the field {@value #ROWS}
 * (the fragment {@code fragments/forms :: addAnother} writes it and the button).
 */
public final class FormRows {

    /** The posted field that says how many rows the form showed. */
    public static final String ROWS = "rows";

    private FormRows() {
    }

    /**
     * How many rows of fields named {@code <prefix><n>...} the form had: the posted count, or more
     * when a row beyond it was posted (a post made without the count), from 1 to {@code most}.
     */
    public static int posted(FormFields fields, String prefix, int most) {
        int rows;
        try {
            rows = Integer.parseInt(fields.get(ROWS) == null ? "1" : fields.get(ROWS).strip());
        } catch (NumberFormatException e) {
            rows = 1;
        }
        Pattern rowField = Pattern.compile(Pattern.quote(prefix) + "(\\d+)\\D*");
        for (String name : fields.asMap().keySet()) {
            Matcher m = rowField.matcher(name);
            if (m.matches() && m.group(1).length() < 3) {
                rows = Math.max(rows, Integer.parseInt(m.group(1)));
            }
        }
        return Math.min(most, Math.max(1, rows));
    }

    /** The same rows with an empty one after them, unless there are {@code most} already. */
    public static <T> List<T> withAnother(List<T> rows, T empty, int most) {
        List<T> more = new ArrayList<>(rows);
        if (more.size() < most) {
            more.add(empty);
        }
        return more;
    }
}

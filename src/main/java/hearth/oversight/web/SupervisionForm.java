package hearth.oversight.web;

import hearth.oversight.SupervisionRecord;
import hearth.platform.DateField;
import hearth.platform.FormFields;
import hearth.platform.FormToken;
import hearth.platform.InvalidInput;
import hearth.platform.PostedId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A supervision as typed: new actions in rows posted as {@code action<n>}, {@code action<n>Owner}
 * and {@code action<n>Due...}, and the check of each open action from the last supervision as
 * {@code check-<action id>} and {@code checkNote-<action id>}, here by action id. The form starts
 * with one action row; "Add another action" ({@code addAction}) shows it again with one more,
 * without JavaScript, and {@code rows} says how many it had.
 */
record SupervisionForm(String formToken, String heldOnDay, String heldOnMonth, String heldOnYear, String workingWell,
                       String worries, String childWouldSay, String decisions, List<ActionRow> actions,
                       Map<String, String> check, Map<String, String> checkNote, String addAction) {

    static final int MOST_ROWS = 10;
    private static final Pattern ROW_FIELD = Pattern.compile("action(\\d+)\\D*");

    record ActionRow(String action, String owner, String dueDay, String dueMonth, String dueYear) {

        static final ActionRow EMPTY = new ActionRow(null, null, null, null, null);
    }

    static SupervisionForm from(FormFields fields) {
        return fields.bindWith(SupervisionForm.class, Map.of("actions",
                fields.rows("action", 1, rows(fields), ActionRow.class), "check", fields.keyed("check-"),
                "checkNote", fields.keyed("checkNote-")));
    }

    /**
     * How many action rows the form had: the posted {@code rows}, or more when a row beyond it
     * was posted (a partner's post without the count), from 1 to {@link #MOST_ROWS}.
     */
    private static int rows(FormFields fields) {
        int rows = 1;
        try {
            rows = Integer.parseInt(fields.get("rows") == null ? "1" : fields.get("rows").strip());
        } catch (NumberFormatException e) {
            rows = 1;
        }
        for (String name : fields.asMap().keySet()) {
            Matcher m = ROW_FIELD.matcher(name);
            if (m.matches() && m.group(1).length() < 3) {
                rows = Math.max(rows, Integer.parseInt(m.group(1)));
            }
        }
        return Math.min(MOST_ROWS, Math.max(1, rows));
    }

    boolean addingRow() {
        return addAction != null;
    }

    SupervisionForm withAnotherRow() {
        List<ActionRow> rows = new ArrayList<>(actions);
        if (rows.size() < MOST_ROWS) {
            rows.add(ActionRow.EMPTY);
        }
        return new SupervisionForm(formToken, heldOnDay, heldOnMonth, heldOnYear, workingWell, worries, childWouldSay,
                decisions, rows, check, checkNote, null);
    }

    /** The supervision, with each date that is not a real one reported in {@code errors} (and read as none). */
    SupervisionRecord record(UUID workerId, InvalidInput.Errors errors) {
        LocalDate held = DateField.read("heldOn", "The date", heldOnDay, heldOnMonth, heldOnYear, errors);
        List<SupervisionRecord.NewAction> written = new ArrayList<>();
        for (int n = 1; n <= actions.size(); n++) {
            ActionRow row = actions.get(n - 1);
            LocalDate due = DateField.read("action" + n + "Due", "The date", row.dueDay(), row.dueMonth(),
                    row.dueYear(), errors);
            if (row.action() != null && !row.action().isBlank()) {
                written.add(new SupervisionRecord.NewAction(row.action(), row.owner(), due));
            }
        }
        return new SupervisionRecord(workerId, held, workingWell, worries, childWouldSay, decisions, written,
                checks());
    }

    /** Each action answered done or not done; one not answered is left out, and the rule asks for it. */
    private Map<UUID, SupervisionRecord.ActionCheck> checks() {
        Map<UUID, SupervisionRecord.ActionCheck> checks = new LinkedHashMap<>();
        check.forEach((action, answer) -> {
            UUID id = PostedId.of(action);
            if (id != null && ("yes".equals(answer) || "no".equals(answer))) {
                checks.put(id, new SupervisionRecord.ActionCheck("yes".equals(answer), checkNote.get(action)));
            }
        });
        return checks;
    }

    UUID token() {
        return FormToken.read(formToken);
    }
}

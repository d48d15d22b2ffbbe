package hearth.oversight.web;

import hearth.oversight.SupervisionRecord;
import hearth.platform.DateField;
import hearth.platform.FormFields;
import hearth.platform.FormRows;
import hearth.platform.FormToken;
import hearth.platform.InvalidInput;
import hearth.platform.PostedId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A supervision as typed: new actions in rows posted as {@code action<n>}, {@code action<n>Owner}
 * and {@code action<n>Due...}, and the check of each open action from the last supervision as
 * {@code check-<action id>} and {@code checkNote-<action id>}, here by action id. The form starts
 * with one action row; "Add another action" ({@code addAction}) shows it again with one more,
 * without JavaScript ({@link FormRows}).
 */
record SupervisionForm(String formToken, String heldOnDay, String heldOnMonth, String heldOnYear, String workingWell,
                       String worries, String childWouldSay, String decisions, List<ActionRow> actions,
                       Map<String, String> check, Map<String, String> checkNote, String addAction) {

    static final int MOST_ROWS = 10;

    record ActionRow(String action, String owner, String dueDay, String dueMonth, String dueYear) {

        static final ActionRow EMPTY = new ActionRow(null, null, null, null, null);
    }

    static SupervisionForm from(FormFields fields) {
        return fields.bindWith(SupervisionForm.class, Map.of("actions",
                fields.rows("action", 1, FormRows.posted(fields, "action", MOST_ROWS), ActionRow.class), "check", fields.keyed("check-"),
                "checkNote", fields.keyed("checkNote-")));
    }

    boolean addingRow() {
        return addAction != null;
    }

    SupervisionForm withAnotherRow() {
        return new SupervisionForm(formToken, heldOnDay, heldOnMonth, heldOnYear, workingWell, worries, childWouldSay,
                decisions, FormRows.withAnother(actions, ActionRow.EMPTY, MOST_ROWS), check, checkNote, null);
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

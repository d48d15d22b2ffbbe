package hearth.oversight;

import static hearth.platform.Text.blank;

import hearth.platform.InvalidInput;
import hearth.platform.TextLimit;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A supervision as recorded: reflection, decisions, new actions and the check of the last ones. */
public record SupervisionRecord(UUID workerId, LocalDate heldOn, String workingWell, String worries,
                                String childWouldSay, String decisions, List<NewAction> actions,
                                Map<UUID, ActionCheck> checks) {

    void check(LocalDate today, List<UUID> openActions) {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        if (workerId == null) {
            errors.add("workerId", "This case has no allocated worker to supervise");
        }
        if (heldOn == null || heldOn.isAfter(today)) {
            errors.add("heldOn", "Enter the date of the supervision; it cannot be in the future");
        }
        if (blank(childWouldSay)) {
            errors.add("childWouldSay", "Say what the child would say about what is happening to them");
        }
        if (blank(decisions)) {
            errors.add("decisions", "Record the decisions made");
        }
        openActions.stream().filter(id -> !checks.containsKey(id))
                .forEach(id -> errors.add("check-" + id, "Say whether this action from the last supervision was done"));
        for (int i = 0; i < actions.size(); i++) {
            NewAction a = actions.get(i);
            if (blank(a.owner()) || a.dueOn() == null) {
                errors.add("action" + (i + 1), "Action " + (i + 1) + " needs an owner and a due date");
            }
            TextLimit.check(errors, "action" + (i + 1), "Action " + (i + 1), a.action(), TextLimit.NARRATIVE);
            TextLimit.check(errors, "action" + (i + 1) + "Owner", "Who will do action " + (i + 1), a.owner(),
                    TextLimit.LINE);
        }
        checks.forEach((id, check) -> TextLimit.check(errors, "check-" + id, "The note", check.note(),
                TextLimit.NARRATIVE));
        checkLengths(errors);
        errors.throwIfAny();
    }

    private void checkLengths(InvalidInput.Errors errors) {
        TextLimit.check(errors, "workingWell", "What is working well", workingWell, TextLimit.NARRATIVE);
        TextLimit.check(errors, "worries", "What we are worried about", worries, TextLimit.NARRATIVE);
        TextLimit.check(errors, "childWouldSay", "What the child would say", childWouldSay, TextLimit.NARRATIVE);
        TextLimit.check(errors, "decisions", "The decisions", decisions, TextLimit.NARRATIVE);
    }

    public record NewAction(String action, String owner, LocalDate dueOn) {
    }

    public record ActionCheck(boolean done, String note) {
    }
}

package hearth.planning.web;

import hearth.planning.PlanContent;
import hearth.planning.Plans;
import hearth.platform.DateField;
import hearth.platform.InvalidInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan form's fields: outcome rows named {@code outcome<n><Field>}, the actions and the
 * contingency plan. Without JavaScript, "add another outcome" posts the form back with one
 * more row.
 */
final class PlanForm {

    static final int FIRST_ROWS = 3;
    private static final String[] FIELDS = {"WillChange", "Indicator", "Baseline", "Target", "Owner"};

    private PlanForm() {
    }

    static Map<String, String> of(Plans.Plan plan, List<Plans.PlannedOutcome> outcomes) {
        Map<String, String> form = new HashMap<>();
        form.put("version", String.valueOf(plan.version()));
        form.put("actions", plan.actions());
        form.put("contingency", plan.contingency());
        for (Plans.PlannedOutcome o : outcomes) {
            String p = "outcome" + o.position();
            form.put(p + "WillChange", o.willChange());
            form.put(p + "Indicator", o.indicator());
            form.put(p + "Baseline", o.baseline());
            form.put(p + "Target", o.target());
            form.put(p + "Owner", o.owner());
            if (o.targetDate() != null) {
                form.put(p + "TargetDateDay", String.valueOf(o.targetDate().getDayOfMonth()));
                form.put(p + "TargetDateMonth", String.valueOf(o.targetDate().getMonthValue()));
                form.put(p + "TargetDateYear", String.valueOf(o.targetDate().getYear()));
            }
        }
        form.put("rows", String.valueOf(Math.max(FIRST_ROWS, outcomes.size() + 1)));
        return form;
    }

    static Map<String, String> withAnotherRow(Map<String, String> posted) {
        Map<String, String> form = new HashMap<>(posted);
        form.put("rows", String.valueOf(rows(posted) + 1));
        return form;
    }

    static int rows(Map<String, String> form) {
        try {
            return Math.min(20, Math.max(FIRST_ROWS, Integer.parseInt(form.getOrDefault("rows", "3"))));
        } catch (NumberFormatException e) {
            return FIRST_ROWS;
        }
    }

    static PlanContent read(Map<String, String> form) {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        List<PlanContent.Outcome> outcomes = new ArrayList<>();
        for (int n = 1; n <= rows(form); n++) {
            String p = "outcome" + n;
            LocalDate date = DateField.read(form, p + "TargetDate", errors);
            outcomes.add(new PlanContent.Outcome(form.get(p + FIELDS[0]), form.get(p + FIELDS[1]),
                    form.get(p + FIELDS[2]), form.get(p + FIELDS[3]), form.get(p + FIELDS[4]), date));
        }
        errors.throwIfAny();
        return new PlanContent(outcomes, form.get("actions"), form.get("contingency"));
    }
}

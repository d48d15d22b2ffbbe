package hearth.planning;

import static hearth.platform.Text.blank;

import hearth.platform.InvalidInput;
import hearth.platform.TextLimit;
import java.time.LocalDate;
import java.util.List;

/**
 * What a plan says: outcomes that name what will change for the child and how anyone will
 * know (a measurable indicator, a baseline and a target, an owner and a date), the
 * actions, and the contingency plan if things do not change.
 */
public record PlanContent(List<Outcome> outcomes, String actions, String contingency) {

    void check() {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        List<Outcome> written = written();
        if (written.isEmpty()) {
            errors.add("outcome1WillChange", "Write at least one outcome: what will change for the child");
        }
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            if (!o.isBlank() && blank(o.willChange())) {
                errors.add("outcome" + (i + 1) + "WillChange", "Outcome " + (i + 1) + ": say what will change for the child");
            }
        }
        if (blank(contingency)) {
            errors.add("contingency", "Write the contingency plan: what happens if things do not change");
        }
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            String p = "outcome" + (i + 1);
            TextLimit.check(errors, p + "WillChange", "What will change", o.willChange(), TextLimit.NARRATIVE);
            TextLimit.check(errors, p + "Indicator", "How we will know", o.indicator(), TextLimit.NARRATIVE);
            TextLimit.check(errors, p + "Baseline", "Where things are now", o.baseline(), TextLimit.NARRATIVE);
            TextLimit.check(errors, p + "Target", "The target", o.target(), TextLimit.NARRATIVE);
            TextLimit.check(errors, p + "Owner", "Who is responsible", o.owner(), TextLimit.LINE);
        }
        TextLimit.check(errors, "actions", "The actions", actions, TextLimit.NARRATIVE);
        TextLimit.check(errors, "contingency", "The contingency plan", contingency, TextLimit.NARRATIVE);
        errors.throwIfAny();
    }

    List<Outcome> written() {
        return outcomes.stream().filter(o -> !o.isBlank()).toList();
    }

    /** One outcome; the indicator is what makes it measurable. */
    public record Outcome(String willChange, String indicator, String baseline, String target, String owner,
                          LocalDate targetDate) {

        boolean isBlank() {
            return blank(willChange) && blank(indicator) && blank(baseline) && blank(target) && blank(owner)
                    && targetDate == null;
        }
    }
}

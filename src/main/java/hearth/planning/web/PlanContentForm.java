package hearth.planning.web;

import hearth.planning.PlanContent;
import hearth.planning.Plans;
import hearth.platform.DateField;
import hearth.platform.FormFields;
import hearth.platform.FormVersion;
import hearth.platform.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The plan form as typed: outcome rows posted as {@code outcome<n><Field>} (here row n of
 * {@code outcomes}), the actions and the contingency plan. Without JavaScript, "add another
 * outcome" ({@code action=add}) posts the form back for one more row.
 */
record PlanContentForm(String version, String action, String actions, String contingency, List<OutcomeRow> outcomes) {

    static final int FIRST_ROWS = 3;
    static final int MOST_ROWS = 20;

    record OutcomeRow(String willChange, String indicator, String baseline, String target, String owner,
                      String targetDateDay, String targetDateMonth, String targetDateYear) {

        static final OutcomeRow EMPTY = new OutcomeRow(null, null, null, null, null, null, null, null);

        static OutcomeRow of(Plans.PlannedOutcome o) {
            var date = o.targetDate();
            return new OutcomeRow(o.willChange(), o.indicator(), o.baseline(), o.target(), o.owner(),
                    date == null ? null : String.valueOf(date.getDayOfMonth()),
                    date == null ? null : String.valueOf(date.getMonthValue()),
                    date == null ? null : String.valueOf(date.getYear()));
        }
    }

    static PlanContentForm from(FormFields posted) {
        return posted.bindWith(PlanContentForm.class,
                Map.of("outcomes", posted.rows("outcome", 1, rows(posted.get("rows")), OutcomeRow.class)));
    }

    /** The plan as written, each outcome in its place and one empty row to write another. */
    static PlanContentForm of(Plans.Plan plan, List<Plans.PlannedOutcome> written) {
        int count = Math.min(MOST_ROWS, Math.max(FIRST_ROWS, written.size() + 1));
        List<OutcomeRow> rows = new ArrayList<>(java.util.Collections.nCopies(count, OutcomeRow.EMPTY));
        written.stream().filter(o -> o.position() <= count).forEach(o -> rows.set(o.position() - 1, OutcomeRow.of(o)));
        return new PlanContentForm(String.valueOf(plan.version()), null, plan.actions(), plan.contingency(), rows);
    }

    boolean addingRow() {
        return "add".equals(action);
    }

    PlanContentForm withAnotherRow() {
        List<OutcomeRow> rows = new ArrayList<>(outcomes);
        if (rows.size() < MOST_ROWS) {
            rows.add(OutcomeRow.EMPTY);
        }
        return new PlanContentForm(version, null, actions, contingency, rows);
    }

    /** How many rows the form had: from 3 to 20, whatever was posted. */
    static int rows(String posted) {
        try {
            return Math.min(MOST_ROWS, Math.max(FIRST_ROWS, Integer.parseInt(posted == null ? "" : posted.strip())));
        } catch (NumberFormatException e) {
            return FIRST_ROWS;
        }
    }

    int planVersion() {
        return FormVersion.of(version);
    }

    /** What the plan says, with each target date that is not a real one reported in {@code errors}. */
    PlanContent content(InvalidInput.Errors errors) {
        List<PlanContent.Outcome> read = new ArrayList<>();
        for (int n = 1; n <= outcomes.size(); n++) {
            OutcomeRow o = outcomes.get(n - 1);
            read.add(new PlanContent.Outcome(o.willChange(), o.indicator(), o.baseline(), o.target(), o.owner(),
                    DateField.read("outcome" + n + "TargetDate", "The date", o.targetDateDay(), o.targetDateMonth(),
                            o.targetDateYear(), errors)));
        }
        return new PlanContent(read, actions, contingency);
    }
}

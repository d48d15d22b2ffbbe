package hearth.assessment.web;

import hearth.platform.DateField;
import hearth.platform.FormFields;
import hearth.platform.InvalidInput;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A completion of the neglect tool as typed; each item's grade is posted as {@code grade-<item id>}, here by item. */
record NeglectToolForm(String completedOnDay, String completedOnMonth, String completedOnYear, String tookPart,
                       String notes, Map<String, String> grade) {

    static final NeglectToolForm EMPTY = new NeglectToolForm(null, null, null, null, null, Map.of());

    static NeglectToolForm from(FormFields posted) {
        return posted.bindWith(NeglectToolForm.class, Map.of("grade", posted.keyed("grade-")));
    }

    /** The date, or null with the message in {@code errors} when it is not a real one. */
    LocalDate completedOn(InvalidInput.Errors errors) {
        return DateField.read("completedOn", "The date", completedOnDay, completedOnMonth, completedOnYear, errors);
    }

    /** The grades posted as whole numbers; any other is left out, and the tool names the item missing its grade. */
    Map<String, Integer> grades() {
        Map<String, Integer> grades = new LinkedHashMap<>();
        grade.forEach((item, posted) -> {
            try {
                grades.put(item, Integer.valueOf(posted == null ? "" : posted.strip()));
            } catch (NumberFormatException e) {
                // left out: the tool reports the missing grade against the item
            }
        });
        return grades;
    }
}

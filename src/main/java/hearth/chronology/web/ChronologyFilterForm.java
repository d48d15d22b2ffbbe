package hearth.chronology.web;

import hearth.chronology.Chronology;
import hearth.platform.DateField;
import hearth.platform.InvalidInput;
import java.time.LocalDate;

/** The chronology's filter as given in the address: a type of event and a period. */
record ChronologyFilterForm(String type, String fromDay, String fromMonth, String fromYear, String toDay,
                            String toMonth, String toYear) {

    /** The filter, with a message in {@code errors} for each date that is not real or a period that runs backwards. */
    Chronology.Filter filter(InvalidInput.Errors errors) {
        LocalDate from = DateField.read("from", "The start of the period", fromDay, fromMonth, fromYear, errors);
        LocalDate to = DateField.read("to", "The end of the period", toDay, toMonth, toYear, errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add("to", "The end of the period must be the same as or after the start");
        }
        return new Chronology.Filter(type == null || type.isBlank() ? null : type, from, to);
    }
}

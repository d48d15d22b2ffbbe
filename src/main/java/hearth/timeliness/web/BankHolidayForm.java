package hearth.timeliness.web;

import hearth.platform.DateField;
import hearth.platform.InvalidInput;
import java.time.LocalDate;

/** A bank holiday the council adds: the day and its name, as typed. */
record BankHolidayForm(String dayDay, String dayMonth, String dayYear, String name) {

    static final BankHolidayForm BLANK = new BankHolidayForm(null, null, null, null);

    /** @throws InvalidInput when the date is not a real one */
    LocalDate day() {
        return DateField.readOrRefuse("day", "The date", dayDay, dayMonth, dayYear);
    }
}

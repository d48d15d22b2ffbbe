package hearth.returns.annexa.web;

import hearth.platform.DateField;
import hearth.platform.InvalidInput;
import hearth.returns.annexa.AnnexAPeriod;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The period as typed: two GOV.UK date inputs. */
record AnnexAForm(String fromDay, String fromMonth, String fromYear, String toDay, String toMonth, String toYear) {

    /** The six whole months before this one: what inspectors most often ask for. */
    static AnnexAForm sixMonthsBefore(LocalDate today) {
        LocalDate to = today.withDayOfMonth(1).minusDays(1);
        LocalDate from = to.minusMonths(5).with(TemporalAdjusters.firstDayOfMonth());
        return new AnnexAForm(day(from), month(from), year(from), day(to), month(to), year(to));
    }

    /** @throws InvalidInput naming every field that is wrong, in one round */
    AnnexAPeriod period() {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        LocalDate from = DateField.read("from", "The first day", fromDay, fromMonth, fromYear, errors);
        LocalDate to = DateField.read("to", "The last day", toDay, toMonth, toYear, errors);
        if (!errors.isEmpty()) {
            if (from == null && !errors.has("from")) {
                errors.add("from", "Enter the first day of the period");
            }
            if (to == null && !errors.has("to")) {
                errors.add("to", "Enter the last day of the period");
            }
            errors.throwIfAny();
        }
        return new AnnexAPeriod(from, to);
    }

    private static String day(LocalDate d) {
        return Integer.toString(d.getDayOfMonth());
    }

    private static String month(LocalDate d) {
        return Integer.toString(d.getMonthValue());
    }

    private static String year(LocalDate d) {
        return Integer.toString(d.getYear());
    }
}

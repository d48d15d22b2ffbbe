package hearth.insight.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The periods a dashboard offers: the last 12 months, and each financial year (April to March) of the last three. */
final class InsightPeriods {

    static final String LAST_12_MONTHS = "last-12-months";

    private InsightPeriods() {
    }

    record Choice(String code, String label, LocalDate from, LocalDate to) {
    }

    static List<Choice> choices(LocalDate today) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(LAST_12_MONTHS, "The last 12 months", today.minusYears(1).plusDays(1), today));
        int latest = today.getMonthValue() >= 4 ? today.getYear() + 1 : today.getYear();
        for (int end = latest; end > latest - 3; end--) {
            LocalDate to = LocalDate.of(end, 3, 31);
            choices.add(new Choice(Integer.toString(end), "April " + (end - 1) + " to March " + end
                    + (to.isAfter(today) ? " (so far)" : ""), LocalDate.of(end - 1, 4, 1),
                    to.isAfter(today) ? today : to));
        }
        return choices;
    }

    /** The chosen period, or the last 12 months for anything else. */
    static Choice chosen(String code, LocalDate today) {
        return choices(today).stream().filter(c -> c.code().equals(code)).findFirst()
                .orElse(choices(today).get(0));
    }
}

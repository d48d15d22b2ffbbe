package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A section 47 enquiry's target date for the initial conference is not a Saturday or Sunday. The
 * validator reads this date only in the form day-month-year ("07-06-2025", as Python's
 * {@code strptime("%d-%m-%Y")} does), so a target written as the schema's 2025-06-07 is never
 * reported, by it or by Hearth.
 */
@Component
class Rule8870Q extends EachPartRule<CensusFile.Section47> {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])-(1[0-2]|0[1-9]|[1-9])-(\\d{4})");

    Rule8870Q() {
        super("InitialCPCtarget", CensusFile.Episode::section47s, CensusFile.Section47::fixAt);
    }

    @Override
    public String code() {
        return "8870Q";
    }

    @Override
    boolean breaks(CensusFile.Child child, CensusFile.Section47 enquiry, CollectionWindow window) {
        LocalDate target = dayMonthYear(enquiry.initialCpcTarget());
        return target != null && Rule8875.weekend(target);
    }

    private static LocalDate dayMonthYear(String text) {
        Matcher parts = text == null ? null : DAY_MONTH_YEAR.matcher(text);
        if (parts == null || !parts.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(parts.group(3)), Integer.parseInt(parts.group(2)),
                    Integer.parseInt(parts.group(1).strip()));
        } catch (DateTimeException e) {
            return null;
        }
    }
}

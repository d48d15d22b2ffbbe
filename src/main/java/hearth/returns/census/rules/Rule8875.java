package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** A section 47 enquiry's initial conference is not held on a Saturday or Sunday. */
@Component
class Rule8875 extends EachPartRule<CensusFile.Section47> {

    static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    Rule8875() {
        super("DateOfInitialCPC", CensusFile.Episode::section47s, CensusFile.Section47::fixAt);
    }

    @Override
    public String code() {
        return "8875";
    }

    @Override
    boolean breaks(CensusFile.Child child, CensusFile.Section47 enquiry, CollectionWindow window) {
        LocalDate conference = ValidatorDates.date(enquiry.dateOfInitialCpc());
        return conference != null && weekend(conference);
    }
}

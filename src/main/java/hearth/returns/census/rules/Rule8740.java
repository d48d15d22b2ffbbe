package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * A section 47 enquiry with no initial conference yet, and ICPCnotRequired written exactly "0",
 * started within the census period; a missing or malformed start is not reported.
 */
@Component
class Rule8740 extends EachPartRule<CensusFile.Section47> {

    Rule8740() {
        super("S47ActualStartDate", CensusFile.Episode::section47s, CensusFile.Section47::fixAt);
    }

    @Override
    public String code() {
        return "8740";
    }

    @Override
    boolean breaks(CensusFile.Child child, CensusFile.Section47 enquiry, CollectionWindow window) {
        LocalDate start = ValidatorDates.date(enquiry.actualStartDate());
        return ValidatorDates.date(enquiry.dateOfInitialCpc()) == null && "0".equals(enquiry.icpcNotRequired())
                && start != null && !window.contains(start);
    }
}

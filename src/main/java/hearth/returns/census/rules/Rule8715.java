package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** A section 47 enquiry's initial conference, when its date is given, falls within the census period. */
@Component
class Rule8715 extends EachPartRule<CensusFile.Section47> {

    Rule8715() {
        super("DateOfInitialCPC", CensusFile.Episode::section47s, CensusFile.Section47::fixAt);
    }

    @Override
    public String code() {
        return "8715";
    }

    @Override
    boolean breaks(CensusFile.Child child, CensusFile.Section47 enquiry, CollectionWindow window) {
        LocalDate conference = ValidatorDates.date(enquiry.dateOfInitialCpc());
        return conference != null && !window.contains(conference);
    }
}

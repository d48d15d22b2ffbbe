package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * 8675Q: a section 47 enquiry with no initial conference, where a conference was not said to be
 * unneeded (ICPCnotRequired exactly "false" or "0"), did not start more than 15 working days
 * before the reference date (counting the reference date as the first).
 */
@Component
class Rule8675Q implements WindowedChildRule {

    private static final int ENQUIRY_WORKING_DAYS = 15;

    @Override
    public String code() {
        return "8675Q";
    }

    @Override
    public void check(CensusFile.Child child, CollectionWindow window, Breaches breaches) {
        LocalDate latest = window.workingDaysBefore(window.end(), ENQUIRY_WORKING_DAYS);
        for (CensusFile.Episode episode : child.episodes()) {
            for (CensusFile.Section47 enquiry : episode.section47s()) {
                if (ValidatorDates.date(enquiry.dateOfInitialCpc()) == null
                        && CensusFlags.isFalse(enquiry.icpcNotRequired())
                        && ValidatorDates.before(ValidatorDates.date(enquiry.actualStartDate()), latest)) {
                    breaches.child(child, "S47ActualStartDate", enquiry.fixAt());
                }
            }
        }
    }
}

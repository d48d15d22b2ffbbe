package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import org.springframework.stereotype.Component;

/**
 * 8615: a section 47 enquiry with an initial conference date has a start date, and the start is
 * not after the conference.
 */
@Component
class Rule8615 implements ChildRule {

    @Override
    public String code() {
        return "8615";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        for (CensusFile.Episode episode : child.episodes()) {
            for (CensusFile.Section47 enquiry : episode.section47s()) {
                boolean conference = ValidatorDates.date(enquiry.dateOfInitialCpc()) != null;
                boolean started = ValidatorDates.date(enquiry.actualStartDate()) != null;
                if (conference && !started || ValidatorDates.before(enquiry.dateOfInitialCpc(), enquiry.actualStartDate())) {
                    breaches.child(child, "S47ActualStartDate", enquiry.fixAt());
                }
            }
        }
    }
}

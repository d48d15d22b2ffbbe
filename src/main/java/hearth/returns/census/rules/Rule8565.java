package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusRule;
import hearth.returns.census.CensusYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 8565: nothing happens in a closed episode after its closure date: no initial conference,
 * assessment start or authorisation, section 47 enquiry or its conference, or child in need plan
 * start or end after it.
 *
 * <p>The validator 0.1.9 labels the late plans with the late enquiries' keys, which fails
 * (reporting nothing for the whole file) when the file has late plans but not as many late
 * enquiries. Councils compare Hearth's findings with that validator's, so this rule reports
 * nothing in the same case. Its check of protection plan end dates compares made-up data, never
 * the file's, so it is left out.
 */
@Component
class Rule8565 implements CensusRule {

    private record Late(CensusFile.Child child, String field, String fixAt) {
    }

    @Override
    public String code() {
        return "8565";
    }

    @Override
    public void check(CensusFile file, CensusYear year, Breaches breaches) {
        List<Late> late = new ArrayList<>();
        int lateEnquiries = 0;
        int latePlans = 0;
        for (CensusFile.Child child : file.children()) {
            for (CensusFile.Episode episode : child.episodes()) {
                LocalDate closed = ValidatorDates.date(episode.cinClosureDate());
                if (closed == null) {
                    continue;
                }
                if (after(closed, episode.dateOfInitialCpc())) {
                    late.add(new Late(child, "DateOfInitialCPC", episode.fixAt()));
                }
                for (CensusFile.Assessment assessment : episode.assessments()) {
                    if (after(closed, assessment.actualStartDate()) || after(closed, assessment.authorisationDate())) {
                        late.add(new Late(child, "AssessmentActualStartDate", assessment.fixAt()));
                    }
                }
                for (CensusFile.Section47 enquiry : episode.section47s()) {
                    if (after(closed, enquiry.actualStartDate()) || after(closed, enquiry.dateOfInitialCpc())) {
                        late.add(new Late(child, "S47ActualStartDate", enquiry.fixAt()));
                        lateEnquiries++;
                    }
                }
                for (CensusFile.CinPlan plan : episode.cinPlans()) {
                    if (after(closed, plan.startDate()) || after(closed, plan.endDate())) {
                        late.add(new Late(child, "CINPlanStartDate", plan.fixAt()));
                        latePlans++;
                    }
                }
            }
        }
        if (latePlans == 0 || latePlans == lateEnquiries) {
            late.forEach(found -> breaches.child(found.child(), found.field(), found.fixAt()));
        }
    }

    private static boolean after(LocalDate closed, String activity) {
        return ValidatorDates.before(closed, ValidatorDates.date(activity));
    }
}

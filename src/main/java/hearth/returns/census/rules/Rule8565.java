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
 * start or end after it. As in the validator, an episode's parts are found by LA child id and the
 * episode's place in the child's record, so children sharing an id compare with each other's.
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

    /** The late parts found so far, and how many of them are enquiries and plans. */
    private static final class Findings {
        final List<Late> late = new ArrayList<>();
        int enquiries;
        int plans;
    }

    @Override
    public String code() {
        return "8565";
    }

    @Override
    public void check(CensusFile file, CensusYear year, Breaches breaches) {
        Findings found = new Findings();
        for (List<CensusFile.Child> sameId : SameIdChildren.of(file)) {
            for (CensusFile.Child child : sameId) {
                for (int place = 0; place < child.episodes().size(); place++) {
                    CensusFile.Episode episode = child.episodes().get(place);
                    LocalDate closed = ValidatorDates.date(episode.cinClosureDate());
                    if (closed != null) {
                        if (after(closed, episode.dateOfInitialCpc())) {
                            found.late.add(new Late(child, "DateOfInitialCPC", episode.fixAt()));
                        }
                        lateParts(closed, sameId, place, found);
                    }
                }
            }
        }
        if (found.plans == 0 || found.plans == found.enquiries) {
            found.late.forEach(late -> breaches.child(late.child(), late.field(), late.fixAt()));
        }
    }

    /** The parts after {@code closed} of the episodes in this place of the children with one id. */
    private static void lateParts(LocalDate closed, List<CensusFile.Child> sameId, int place, Findings found) {
        for (CensusFile.Child child : sameId) {
            if (child.episodes().size() <= place) {
                continue;
            }
            CensusFile.Episode episode = child.episodes().get(place);
            for (CensusFile.Assessment assessment : episode.assessments()) {
                if (after(closed, assessment.actualStartDate()) || after(closed, assessment.authorisationDate())) {
                    found.late.add(new Late(child, "AssessmentActualStartDate", assessment.fixAt()));
                }
            }
            for (CensusFile.Section47 enquiry : episode.section47s()) {
                if (after(closed, enquiry.actualStartDate()) || after(closed, enquiry.dateOfInitialCpc())) {
                    found.late.add(new Late(child, "S47ActualStartDate", enquiry.fixAt()));
                    found.enquiries++;
                }
            }
            for (CensusFile.CinPlan plan : episode.cinPlans()) {
                if (after(closed, plan.startDate()) || after(closed, plan.endDate())) {
                    found.late.add(new Late(child, "CINPlanStartDate", plan.fixAt()));
                    found.plans++;
                }
            }
        }
    }

    private static boolean after(LocalDate closed, String activity) {
        return ValidatorDates.before(closed, ValidatorDates.date(activity));
    }
}

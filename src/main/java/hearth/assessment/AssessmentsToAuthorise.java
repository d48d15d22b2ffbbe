package hearth.assessment;

import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.casework.Allocations;
import hearth.casework.HomeWork;
import hearth.people.PersonIndex;
import hearth.people.PersonSummary;
import hearth.platform.London;
import hearth.platform.PersonId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A team manager's home: the assessments their team's workers have submitted, waiting for
 * the manager to authorise them, the longest waiting first. The caseload is read through
 * the restriction filter, so a restricted child's assessment is not listed to a manager
 * it does not name.
 */
@Component
class AssessmentsToAuthorise implements HomeWork {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final Allocations allocations;
    private final Assessments assessments;
    private final PersonIndex people;

    AssessmentsToAuthorise(Allocations allocations, Assessments assessments, PersonIndex people) {
        this.allocations = allocations;
        this.assessments = assessments;
        this.people = people;
    }

    @Override
    public List<Section> sectionsFor(StaffMember staff) {
        if (staff.role() != Role.TEAM_MANAGER) {
            return List.of();
        }
        List<PersonId> children = allocations.caseload(staff).stream().map(Allocations.Allocation::personId).toList();
        List<Assessment> submitted = assessments.latest(children).values().stream()
                .filter(a -> a.status() == Assessment.Status.SUBMITTED)
                .sorted(Comparator.comparing(Assessment::submittedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        Map<PersonId, PersonSummary> names = people.summaries(submitted.stream().map(Assessment::personId).toList())
                .stream().collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        return List.of(new Section(15, "Assessments awaiting your authorisation", "assessment", "assessments",
                "Assessments your team's workers submit for your authorisation will appear here.",
                submitted.stream().map(a -> new Row(names.containsKey(a.personId()) ? names.get(a.personId()).name()
                        : "Child", "/children/" + a.personId() + "/assessments/" + a.id(),
                        a.submittedAt() == null ? "Submitted" : "Submitted on "
                                + DAY.format(a.submittedAt().atZone(London.ZONE)), null, null)).toList()));
    }
}

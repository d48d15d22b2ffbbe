package hearth.oversight;

import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.casework.Allocations;
import hearth.casework.HomeWork;
import hearth.people.PersonIndex;
import hearth.people.PersonSummary;
import hearth.platform.PersonId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A team manager's home: the team's cases with no case supervision or management oversight
 * in the council's interval (six weeks unless set), each opening the supervision form. The
 * caseload is read through the restriction filter.
 */
@Component
class SupervisionDue implements HomeWork {

    private final Allocations allocations;
    private final RecordQuality quality;
    private final PersonIndex people;

    SupervisionDue(Allocations allocations, RecordQuality quality, PersonIndex people) {
        this.allocations = allocations;
        this.quality = quality;
        this.people = people;
    }

    @Override
    public List<Section> sectionsFor(StaffMember staff) {
        if (staff.role() != Role.TEAM_MANAGER) {
            return List.of();
        }
        List<RecordQuality.CaseFindings> due = quality.team(allocations.caseload(staff)).stream()
                .filter(c -> c.findings().stream()
                        .anyMatch(f -> f.check() == RecordQuality.Check.NO_SUPERVISION_OR_OVERSIGHT))
                .toList();
        Map<PersonId, PersonSummary> names = people.summaries(due.stream().map(RecordQuality.CaseFindings::personId)
                .toList()).stream().collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        String interval = "No supervision or oversight in the last " + quality.weeks() + " weeks";
        return List.of(new Section(30, "Supervision due", "case", "cases",
                "Cases in your team without supervision or oversight in the last " + quality.weeks()
                        + " weeks will appear here.",
                due.stream().map(c -> new Row(names.containsKey(c.personId()) ? names.get(c.personId()).name()
                        : "Child", "/children/" + c.personId() + "/supervision", interval + " · "
                        + (c.workerName() == null ? "Not allocated to a worker" : c.workerName()), null, null))
                        .toList()));
    }
}

package hearth.casework.web;

import hearth.access.RestrictionFilter;
import hearth.access.StaffMember;
import hearth.audit.AuditTrail;
import hearth.people.Person;
import hearth.people.PersonRecordAccess;
import hearth.platform.PersonId;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** "Who has looked at this record": the child's audit trail, for the managers of the case. */
@Controller
class WhoHasLookedController {

    private final PersonRecordAccess access;
    private final AuditTrail audit;
    private final RestrictionFilter restrictions;

    WhoHasLookedController(PersonRecordAccess access, AuditTrail audit, RestrictionFilter restrictions) {
        this.access = access;
        this.audit = audit;
        this.restrictions = restrictions;
    }

    @GetMapping("/children/{id}/audit")
    String whoHasLooked(@PathVariable PersonId id, HttpSession session, Model model) {
        StaffMember me = StaffMember.require();
        if (!me.role().managesCases()) {
            return "redirect:/no-access";
        }
        Person child = access.open(id, "VIEW_AUDIT", session);
        model.addAttribute("person", child).addAttribute("entries", visibleTo(me, audit.forPerson(id, 500)));
        return "casework/audit";
    }

    /** A change naming a restricted relative keeps its place on the trail, but not what it said. */
    private List<AuditTrail.Recorded> visibleTo(StaffMember me, List<AuditTrail.Recorded> entries) {
        RestrictionFilter.Visibility visibility = restrictions.hiddenAmong(me,
                entries.stream().flatMap(e -> e.namedPeople().stream()).toList());
        return entries.stream().map(e -> visibility.hidesAny(e.namedPeople()) ? e.withoutChanges() : e).toList();
    }
}

package hearth.casework.web;

import hearth.access.RecordRestrictions;
import hearth.access.StaffMember;
import hearth.access.StatedReasons;
import hearth.casework.Allocations;
import hearth.casework.CaseAlerts;
import hearth.casework.CaseClosures;
import hearth.casework.CaseFileSection;
import hearth.casework.CaseTransfers;
import hearth.casework.Involvements;
import hearth.chronology.Chronology;
import hearth.people.Addresses;
import hearth.people.FamilyNetwork;
import hearth.people.Person;
import hearth.people.PersonLabels;
import hearth.people.PersonRecordAccess;
import hearth.people.Professionals;
import hearth.platform.PersonId;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A child's case file: who they are, who is around them, who holds the case and what is happening. */
@Controller
class CaseFileController {

    static final int RECENT_EVENTS = 8;

    private final PersonRecordAccess access;
    private final RecordRestrictions restrictions;
    private final Addresses addresses;
    private final FamilyNetwork family;
    private final Professionals professionals;
    private final Allocations allocations;
    private final Involvements involvements;
    private final CaseAlerts alerts;
    private final Chronology chronology;
    private final PersonLabels labels;
    private final List<CaseFileSection> sections;
    private final CaseClosures closures;
    private final CaseTransfers transfers;
    private final Clock clock;

    CaseFileController(PersonRecordAccess access, RecordRestrictions restrictions, Addresses addresses,
                       FamilyNetwork family, Professionals professionals, Allocations allocations,
                       Involvements involvements, CaseAlerts alerts, Chronology chronology,
                       PersonLabels labels, CaseClosures closures, CaseTransfers transfers,
                       List<CaseFileSection> sections, Clock clock) {
        this.access = access;
        this.restrictions = restrictions;
        this.addresses = addresses;
        this.family = family;
        this.professionals = professionals;
        this.allocations = allocations;
        this.involvements = involvements;
        this.alerts = alerts;
        this.chronology = chronology;
        this.labels = labels;
        this.closures = closures;
        this.sections = sections;
        this.transfers = transfers;
        this.clock = clock;
    }

    @GetMapping("/children/{id}")
    String caseFile(@PathVariable PersonId id, HttpSession session, Model model) {
        StaffMember me = StaffMember.require();
        Person child = access.open(me, id, "VIEW_CASE_FILE", StatedReasons.reasonFor(session, id));
        if (!child.isChild()) {
            return "redirect:/people/" + id;
        }
        model.addAttribute("person", child).addAttribute("today", LocalDate.now(clock))
                .addAttribute("labels", labels.of(child))
                .addAttribute("addresses", addresses.history(id)).addAttribute("relatives", family.relatives(id, me))
                .addAttribute("professionals", professionals.around(id))
                .addAttribute("allocation", allocations.current(id).orElse(null))
                .addAttribute("involvements", involvements.of(id))
                .addAttribute("closure", allocations.current(id).isPresent() ? null : closures.latest(id).orElse(null))
                .addAttribute("transfer", transfers.pending(id).orElse(null))
                .addAttribute("panels", sections.stream().flatMap(s -> s.panelsFor(id).stream()).toList()).addAttribute("alerts", alerts.current(id))
                .addAttribute("restricted", restrictions.of(id).isPresent())
                .addAttribute("canRestrict", restrictions.mayRestrict(me, id))
                .addAttribute("recent", chronology.entries(id, Chronology.Filter.all(), me).stream()
                        .limit(RECENT_EVENTS).toList())
                .addAttribute("canAllocate", me.role().managesCases())
                .addAttribute("canSeeAudit", me.role().managesCases());
        return "casework/case-file";
    }
}

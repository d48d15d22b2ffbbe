package hearth.casework.web;

import hearth.access.AccessDenied;
import hearth.access.Staff;
import hearth.access.StaffMember;
import hearth.casework.Allocations;
import hearth.casework.CaseClosures;
import hearth.casework.CaseTransfers;
import hearth.people.Person;
import hearth.people.PersonRecordAccess;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Moving a case to another team and closing it. A worker asks for a transfer; closing a
 * case is a manager's decision.
 */
@Controller
class CaseChangesController {

    private final PersonRecordAccess access;
    private final CaseTransfers transfers;
    private final CaseClosures closures;
    private final Allocations allocations;
    private final Staff staff;

    CaseChangesController(PersonRecordAccess access, CaseTransfers transfers, CaseClosures closures,
                          Allocations allocations, Staff staff) {
        this.access = access;
        this.transfers = transfers;
        this.closures = closures;
        this.allocations = allocations;
        this.staff = staff;
    }

    @GetMapping("/children/{id}/transfer")
    String transferForm(@PathVariable PersonId id, HttpSession session, Model model) {
        Person child = access.open(id, "VIEW_CASE_FILE", session);
        return transferPage(model, child, Map.of(), TransferForm.BLANK);
    }

    @PostMapping("/children/{id}/transfer")
    String transfer(@PathVariable PersonId id, @ModelAttribute("transferForm") TransferForm form, HttpSession session,
                    Model model) {
        Person child = access.open(id, "REQUEST_TRANSFER", session);
        try {
            transfers.request(id, form.toTeam(), form.handover(), StaffMember.require());
        } catch (InvalidInput invalid) {
            return transferPage(model, child, invalid.errors(), form);
        }
        return "redirect:/children/" + id;
    }

    @GetMapping("/children/{id}/closure")
    String closureForm(@PathVariable PersonId id, HttpSession session, Model model) {
        return closurePage(model, openAsManager(id, "VIEW_CASE_FILE", session), Map.of(), ClosureForm.BLANK);
    }

    @PostMapping("/children/{id}/closure")
    String close(@PathVariable PersonId id, @ModelAttribute("closureForm") ClosureForm form, HttpSession session,
                 Model model) {
        Person child = openAsManager(id, "CLOSE_CASE", session);
        try {
            closures.close(id, form.closedOn(), form.reason(), form.summary(), StaffMember.require(), form.token());
        } catch (InvalidInput invalid) {
            return closurePage(model, child, invalid.errors(), form);
        }
        return "redirect:/children/" + id;
    }

    private Person openAsManager(PersonId id, String action, HttpSession session) {
        if (!StaffMember.require().role().managesCases()) {
            throw new AccessDenied(id, false);
        }
        return access.open(id, action, session);
    }

    private String transferPage(Model model, Person child, Map<String, String> errors, TransferForm form) {
        var held = allocations.current(child.id());
        model.addAttribute("person", child).addAttribute("errors", errors).addAttribute("form", form)
                .addAttribute("held", held.orElse(null)).addAttribute("pending", transfers.pending(child.id()).orElse(null))
                .addAttribute("teams", staff.teams().stream()
                        .filter(t -> held.map(h -> !h.teamId().equals(t.id())).orElse(true))
                        .map(t -> new hearth.reference.CodeLists.Code(t.id().toString(), t.name())).toList());
        return "casework/transfer";
    }

    private String closurePage(Model model, Person child, Map<String, String> errors, ClosureForm form) {
        model.addAttribute("person", child).addAttribute("errors", errors).addAttribute("form", form)
                .addAttribute("reasons", closures.reasons());
        return "casework/closure";
    }
}

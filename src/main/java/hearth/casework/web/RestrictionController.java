package hearth.casework.web;

import hearth.access.AccessDenied;
import hearth.access.RecordRestrictions;
import hearth.access.Staff;
import hearth.access.StaffMember;
import hearth.people.Person;
import hearth.people.PersonRecordAccess;
import hearth.platform.ConcurrentEdit;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import hearth.platform.Saved;
import hearth.reference.CodeLists.Code;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Restricting a child's record to named people, changing who is named and lifting it. Who
 * may do each is decided by {@link RecordRestrictions}; this only shows the pages.
 */
@Controller
class RestrictionController {

    private final PersonRecordAccess access;
    private final RecordRestrictions restrictions;
    private final Staff staff;

    RestrictionController(PersonRecordAccess access, RecordRestrictions restrictions, Staff staff) {
        this.access = access;
        this.restrictions = restrictions;
        this.staff = staff;
    }

    @GetMapping("/children/{id}/restriction")
    String form(@PathVariable PersonId id, HttpSession session, Model model) {
        Person child = open(id, "VIEW_RESTRICTION", session);
        return page(model, child, Map.of(), null, null);
    }

    @PostMapping("/children/{id}/restriction")
    String save(@PathVariable PersonId id, @ModelAttribute("restrictionForm") RestrictionForm form, HttpSession session,
                Model model) {
        Person child = open(id, "CHANGE_RESTRICTION", session);
        StaffMember me = StaffMember.require();
        try {
            Optional<RecordRestrictions.Restriction> current = restrictions.of(id);
            if (current.isPresent()) {
                restrictions.change(id, form.restrictionVersion(), form.naming(), form.reason(), me);
            } else {
                restrictions.restrict(id, form.reason(), me, form.naming());
            }
            return Saved.redirect("/children/" + id + "/restriction", current.isPresent()
                    ? "Who may see this record has been changed" : "The record is restricted to the people named", null);
        } catch (InvalidInput invalid) {
            model.addAttribute("added", form.add());
            return page(model, child, invalid.errors(), form.namedIds(), form.reason());
        } catch (ConcurrentEdit conflict) {
            return page(model, child, Map.of("named", conflict.getMessage()), null, null);
        }
    }

    @PostMapping("/children/{id}/restriction/lift")
    String lift(@PathVariable PersonId id, @ModelAttribute("liftForm") LiftForm form, HttpSession session,
                Model model) {
        Person child = open(id, "LIFT_RESTRICTION", session);
        try {
            restrictions.lift(id, form.restrictionVersion(), form.liftReason(), StaffMember.require());
        } catch (InvalidInput invalid) {
            return page(model, child, invalid.errors(), null, null);
        } catch (ConcurrentEdit conflict) {
            return page(model, child, Map.of("liftReason", conflict.getMessage()), null, null);
        }
        return Saved.redirect("/children/" + id, "The restriction has been lifted", null);
    }

    /** Named users open a restricted record; anyone else must be allowed to restrict it, before any reason is asked. */
    private Person open(PersonId id, String action, HttpSession session) {
        StaffMember me = StaffMember.require();
        boolean named = restrictions.of(id).map(r -> r.names(me.id())).orElse(false);
        if (!named && !restrictions.mayRestrict(me, id)) {
            throw new AccessDenied(id, false);
        }
        return access.open(id, action, session);
    }

    /** Offers those named now (or the user, for a new restriction) and the user's own team; others are added by username. */
    private String page(Model model, Person child, Map<String, String> errors, List<UUID> posted, String reason) {
        StaffMember me = StaffMember.require();
        var current = restrictions.of(child.id()).orElse(null);
        List<UUID> named = current != null ? current.named() : List.of(me.id());
        List<UUID> selected = posted != null ? posted : named;
        Map<UUID, StaffMember> offered = new LinkedHashMap<>();
        named.forEach(id -> staff.find(id).ifPresent(m -> offered.put(id, m)));
        staff.members(me.teamId()).stream().filter(m -> m.role().searchesPeople()).forEach(m -> offered.putIfAbsent(m.id(), m));
        model.addAttribute("person", child).addAttribute("restriction", current).addAttribute("errors", errors)
                .addAttribute("reason", reason)
                .addAttribute("selected", selected.stream().map(UUID::toString).toList())
                .addAttribute("namedPeople", named.stream().map(offered::get).filter(java.util.Objects::nonNull).toList())
                .addAttribute("people", offered.values().stream().map(p -> new Code(p.id().toString(),
                        p.displayName() + " (" + p.username() + "), " + p.role().label())).toList());
        return "casework/restriction";
    }
}

package hearth.people.web;

import hearth.access.StaffMember;
import hearth.people.Addresses;
import hearth.people.FamilyNetwork;
import hearth.people.Person;
import hearth.people.PersonIndex;
import hearth.people.PersonRecordAccess;
import hearth.people.Professionals;
import hearth.people.RelationshipType;
import hearth.people.SearchQuery;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import hearth.reference.CodeLists.Code;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Address history, relationships and the professionals around a person. */
@Controller
class NetworkController {

    private final PersonRecordAccess access;
    private final PersonIndex people;
    private final Addresses addresses;
    private final FamilyNetwork family;
    private final Professionals professionals;

    NetworkController(PersonRecordAccess access, PersonIndex people, Addresses addresses, FamilyNetwork family,
                      Professionals professionals) {
        this.access = access;
        this.people = people;
        this.addresses = addresses;
        this.family = family;
        this.professionals = professionals;
    }

    @GetMapping("/people/{id}/address")
    String addressForm(@PathVariable PersonId id, HttpSession session, Model model) {
        model.addAttribute("person", open(id, "VIEW_PERSON", session)).addAttribute("errors", Map.of());
        return "people/address";
    }

    @PostMapping("/people/{id}/address")
    String move(@PathVariable PersonId id, @ModelAttribute("addressForm") AddressForm form, HttpSession session,
                Model model) {
        Person person = open(id, "CHANGE_ADDRESS", session);
        try {
            addresses.moveTo(id, form.address(), form.movedIn(), StaffMember.require());
            return "redirect:/people/" + id;
        } catch (InvalidInput invalid) {
            model.addAttribute("person", person).addAttribute("errors", invalid.errors()).addAttribute("form", form);
            return "people/address";
        }
    }

    @GetMapping("/people/{id}/relationships/new")
    String relativeForm(@PathVariable PersonId id, @RequestParam(required = false) String name, HttpSession session,
                        Model model) {
        model.addAttribute("person", open(id, "VIEW_PERSON", session)).addAttribute("name", name)
                .addAttribute("types", Arrays.stream(RelationshipType.recordable())
                        .map(t -> new Code(t.name(), t.label())).toList())
                .addAttribute("errors", Map.of());
        if (name != null && !name.isBlank()) {
            model.addAttribute("candidates", people.search(new SearchQuery(name, null, null, null), StaffMember.require())
                    .stream().filter(p -> !p.id().equals(id)).toList());
        }
        return "people/relative";
    }

    @PostMapping("/people/{id}/relationships/new")
    String relate(@PathVariable PersonId id, @RequestParam(required = false) PersonId relatedId,
                  @RequestParam(required = false) String type, @RequestParam(defaultValue = "false") boolean sameHousehold,
                  HttpSession session, Model model) {
        open(id, "CHANGE_RELATIONSHIPS", session);
        InvalidInput.Errors errors = new InvalidInput.Errors();
        if (relatedId == null) {
            errors.add("relatedId", "Select the related person from the search results");
        }
        RelationshipType relationship = Arrays.stream(RelationshipType.values())
                .filter(t -> t.name().equals(type)).findFirst().orElse(null);
        if (relationship == null) {
            errors.add("type", "Select how they are related");
        }
        try {
            errors.throwIfAny();
            family.relate(id, relatedId, relationship, sameHousehold, StaffMember.require());
            return "redirect:/people/" + id;
        } catch (InvalidInput invalid) {
            model.addAttribute("person", people.find(id).orElseThrow()).addAttribute("errors", invalid.errors())
                    .addAttribute("types", Arrays.stream(RelationshipType.recordable())
                            .map(t -> new Code(t.name(), t.label())).toList());
            return "people/relative";
        }
    }

    @GetMapping("/people/{id}/professionals/new")
    String professionalForm(@PathVariable PersonId id, HttpSession session, Model model) {
        model.addAttribute("person", open(id, "VIEW_PERSON", session)).addAttribute("errors", Map.of());
        return professionalPage(model);
    }

    @PostMapping("/people/{id}/professionals/new")
    String addProfessional(@PathVariable PersonId id, @ModelAttribute("professionalForm") ProfessionalForm form,
                           HttpSession session, Model model) {
        Person person = open(id, "CHANGE_PROFESSIONALS", session);
        try {
            professionals.add(id, form.contact(), StaffMember.require());
            return "redirect:/people/" + id;
        } catch (InvalidInput invalid) {
            model.addAttribute("person", person).addAttribute("errors", invalid.errors()).addAttribute("form", form);
            return professionalPage(model);
        }
    }

    private String professionalPage(Model model) {
        model.addAttribute("schools", professionals.organisations("SCHOOL"))
                .addAttribute("practices", professionals.organisations("GP_PRACTICE"))
                .addAttribute("roles", java.util.List.of(new Code("SCHOOL", "School"), new Code("GP", "GP"),
                        new Code("HEALTH_VISITOR", "Health visitor"), new Code("OTHER", "Other")));
        return "people/professional";
    }

    private Person open(PersonId id, String action, HttpSession session) {
        return access.open(id, action, session);
    }
}

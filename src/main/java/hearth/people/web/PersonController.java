package hearth.people.web;

import hearth.access.StaffMember;
import hearth.people.Languages;
import hearth.people.PersonIndex;
import hearth.people.PersonKind;
import hearth.people.PersonRecordAccess;
import hearth.people.PossibleDuplicate;
import hearth.platform.ConcurrentEdit;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import hearth.reference.CodeLists;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Recording a new person and changing a person's details. */
@Controller
class PersonController {

    private final PersonIndex people;
    private final PersonRecordAccess access;
    private final CodeLists codes;
    private final Languages languages;

    PersonController(PersonIndex people, PersonRecordAccess access, CodeLists codes, Languages languages) {
        this.people = people;
        this.access = access;
        this.codes = codes;
        this.languages = languages;
    }

    @GetMapping("/people/new")
    String newPerson(Model model) {
        return form(model, new PersonForm(), null);
    }

    @PostMapping("/people/new")
    String record(@ModelAttribute("person") PersonForm form, Model model) {
        try {
            PersonId id = people.record(form.details(people), StaffMember.require(), form.isDespiteDuplicates());
            return "redirect:" + (PersonKind.ADULT.name().equals(form.getKind()) ? "/people/" : "/children/") + id;
        } catch (InvalidInput invalid) {
            model.addAttribute("errors", invalid.errors());
        } catch (PossibleDuplicate duplicate) {
            model.addAttribute("duplicates", duplicate.existing());
        }
        return form(model, form, null);
    }

    @GetMapping("/people/{id}/edit")
    String edit(@PathVariable PersonId id, HttpSession session, Model model) {
        var person = access.open(id, "VIEW_PERSON", session);
        return form(model, PersonForm.of(person), id);
    }

    @PostMapping("/people/{id}/edit")
    String update(@PathVariable PersonId id, @ModelAttribute("person") PersonForm form, HttpSession session, Model model) {
        access.open(id, "CHANGE_PERSON", session);
        StaffMember me = StaffMember.require();
        try {
            people.update(id, form.getVersion(), form.details(people), me);
            return "redirect:/people/" + id;
        } catch (InvalidInput invalid) {
            model.addAttribute("errors", invalid.errors());
        } catch (ConcurrentEdit conflict) {
            model.addAttribute("errors", java.util.Map.of("forenames", conflict.getMessage()));
        }
        return form(model, form, id);
    }

    private String form(Model model, PersonForm form, PersonId id) {
        model.addAttribute("person", form).addAttribute("personId", id)
                .addAttribute("ethnicities", codes.list(CodeLists.ETHNICITY))
                .addAttribute("disabilityCodes", codes.list(CodeLists.DISABILITY).stream()
                        .filter(c -> !"NONE".equals(c.code())).toList())
                .addAttribute("languages", languages.all())
                .addAttribute("kinds", List.of(new CodeLists.Code("CHILD", "Child"),
                        new CodeLists.Code("UNBORN", "Unborn child"), new CodeLists.Code("ADULT", "Adult")))
                .addAttribute("sexes", List.of(new CodeLists.Code("F", "Female"), new CodeLists.Code("M", "Male"),
                        new CodeLists.Code("U", "Not known")));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", java.util.Map.of());
        }
        return "people/form";
    }
}

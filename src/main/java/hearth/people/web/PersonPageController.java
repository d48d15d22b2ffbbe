package hearth.people.web;

import hearth.access.StaffMember;
import hearth.people.Addresses;
import hearth.people.FamilyNetwork;
import hearth.people.Person;
import hearth.people.PersonLabels;
import hearth.people.PersonRecordAccess;
import hearth.platform.PersonId;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An adult's record; a child's record is their case file. */
@Controller
class PersonPageController {

    private final PersonRecordAccess access;
    private final Addresses addresses;
    private final FamilyNetwork family;
    private final PersonLabels labels;
    private final Clock clock;

    PersonPageController(PersonRecordAccess access, Addresses addresses, FamilyNetwork family, PersonLabels labels,
                         Clock clock) {
        this.access = access;
        this.addresses = addresses;
        this.family = family;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping("/people/{id}")
    String show(@PathVariable PersonId id, HttpSession session, Model model) {
        Person person = access.open(id, "VIEW_PERSON", session);
        StaffMember me = StaffMember.require();
        if (person.isChild()) {
            return "redirect:/children/" + id;
        }
        model.addAttribute("person", person).addAttribute("today", LocalDate.now(clock))
                .addAttribute("labels", labels.of(person))
                .addAttribute("addresses", addresses.history(id)).addAttribute("relatives", family.relatives(id, me));
        return "people/adult";
    }
}

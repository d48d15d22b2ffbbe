package hearth.people.web;

import hearth.access.StaffMember;
import hearth.people.PersonIndex;
import hearth.people.SearchQuery;
import hearth.platform.DateField;
import hearth.platform.InvalidInput;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

    private final PersonIndex people;
    private final Clock clock;

    SearchController(PersonIndex people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/people/search")
    String search(@RequestParam(required = false) String name, @RequestParam(required = false) String dobDay,
                  @RequestParam(required = false) String dobMonth, @RequestParam(required = false) String dobYear,
                  @RequestParam(required = false) String postcode, @RequestParam(required = false) String identifier,
                  Model model) {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        LocalDate dob = DateField.read("dob", "Date of birth", dobDay, dobMonth, dobYear, errors);
        SearchQuery query = new SearchQuery(name, dob, postcode, identifier);
        model.addAttribute("name", name).addAttribute("dobDay", dobDay).addAttribute("dobMonth", dobMonth)
                .addAttribute("dobYear", dobYear).addAttribute("postcode", postcode)
                .addAttribute("identifier", identifier).addAttribute("today", LocalDate.now(clock))
                .addAttribute("errors", errors.asMap());
        boolean searched = name != null || postcode != null || identifier != null || dobYear != null;
        if (searched && errors.isEmpty() && query.isEmpty()) {
            errors.add("name", "Enter a name, date of birth, postcode or identifier to search for");
        }
        if (searched && errors.isEmpty()) {
            model.addAttribute("results", people.search(query, StaffMember.require()));
        }
        return "people/search";
    }
}

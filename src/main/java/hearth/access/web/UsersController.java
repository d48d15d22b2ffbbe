package hearth.access.web;

import hearth.access.Role;
import hearth.access.Staff;
import hearth.platform.InvalidInput;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators manage users: add them to a team with a role, and unlock locked accounts. */
@Controller
class UsersController {

    static final int MINIMUM_PASSWORD = 12;
    static final java.util.List<String> TEAM_KINDS = java.util.List.of("MASH", "ASSESSMENT", "CHILD_IN_NEED",
            "CHILD_PROTECTION", "EDT", "CHAIRS", "LEADERSHIP", "PERFORMANCE", "ADMIN");

    private final Staff staff;

    UsersController(Staff staff) {
        this.staff = staff;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        return page(model, Map.of(), NewUserForm.BLANK);
    }

    @PostMapping("/admin/users")
    String create(@ModelAttribute("userForm") NewUserForm form, Model model, RedirectAttributes redirect) {
        try {
            staff.createUser(form.user());
        } catch (InvalidInput invalid) {
            return page(model, invalid.errors(), form);
        } catch (DuplicateKeyException e) {
            return page(model, Map.of("username", "That username is taken"), form);
        }
        redirect.addFlashAttribute("message", "User " + form.login() + " added");
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/teams")
    String createTeam(@RequestParam(defaultValue = "") String teamName, @RequestParam(defaultValue = "") String teamKind,
                      Model model, RedirectAttributes redirect) {
        if (teamName.isBlank() || !TEAM_KINDS.contains(teamKind)) {
            return page(model, Map.of("teamName", "Enter the team's name and choose what kind of team it is"), NewUserForm.BLANK);
        }
        try {
            staff.createTeam(teamName.strip(), teamKind);
        } catch (DuplicateKeyException e) {
            return page(model, Map.of("teamName", "There is already a team called " + teamName.strip()), NewUserForm.BLANK);
        }
        redirect.addFlashAttribute("message", "Team " + teamName.strip() + " added");
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/unlock")
    String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
        staff.unlock(id);
        redirect.addFlashAttribute("message", "Account unlocked");
        return "redirect:/admin/users";
    }

    private String page(Model model, Map<String, String> errors, NewUserForm form) {
        model.addAttribute("users", staff.users()).addAttribute("teams", staff.teams())
                .addAttribute("roles", Arrays.stream(Role.values())
                        .map(r -> new hearth.reference.CodeLists.Code(r.name(), r.label())).toList())
                .addAttribute("teamKinds", TEAM_KINDS.stream()
                        .map(k -> new hearth.reference.CodeLists.Code(k, k.replace('_', ' ').toLowerCase())).toList())
                .addAttribute("errors", errors).addAttribute("form", form);
        return "admin/users";
    }
}

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
        return page(model, Map.of(), Map.of());
    }

    @PostMapping("/admin/users")
    String create(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        String username = form.getOrDefault("username", "").strip();
        if (!username.matches("[a-z0-9.\\-]{3,40}")) {
            errors.add("username", "Enter a username of 3 to 40 lower-case letters, digits, dots or hyphens");
        }
        if (form.getOrDefault("displayName", "").isBlank()) {
            errors.add("displayName", "Enter the user's full name");
        }
        Role role = Arrays.stream(Role.values()).filter(r -> r.name().equals(form.get("role"))).findFirst().orElse(null);
        if (role == null) {
            errors.add("role", "Select a role");
        }
        if (form.getOrDefault("password", "").length() < MINIMUM_PASSWORD) {
            errors.add("password", "Enter a first password of at least " + MINIMUM_PASSWORD + " characters");
        }
        String team = form.get("teamId");
        if (!errors.isEmpty()) {
            return page(model, errors.asMap(), form);
        }
        try {
            staff.createUser(new Staff.NewUser(username, form.get("displayName").strip(), role,
                    team == null || team.isBlank() ? null : UUID.fromString(team), form.get("organisation"),
                    form.get("password")));
        } catch (DuplicateKeyException e) {
            return page(model, Map.of("username", "That username is taken"), form);
        }
        redirect.addFlashAttribute("message", "User " + username + " added");
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/teams")
    String createTeam(@RequestParam(defaultValue = "") String teamName, @RequestParam(defaultValue = "") String teamKind,
                      Model model, RedirectAttributes redirect) {
        if (teamName.isBlank() || !TEAM_KINDS.contains(teamKind)) {
            return page(model, Map.of("teamName", "Enter the team's name and choose what kind of team it is"), Map.of());
        }
        try {
            staff.createTeam(teamName.strip(), teamKind);
        } catch (DuplicateKeyException e) {
            return page(model, Map.of("teamName", "There is already a team called " + teamName.strip()), Map.of());
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

    private String page(Model model, Map<String, String> errors, Map<String, String> form) {
        model.addAttribute("users", staff.users()).addAttribute("teams", staff.teams())
                .addAttribute("roles", Arrays.stream(Role.values())
                        .map(r -> new hearth.reference.CodeLists.Code(r.name(), r.label())).toList())
                .addAttribute("teamKinds", TEAM_KINDS.stream()
                        .map(k -> new hearth.reference.CodeLists.Code(k, k.replace('_', ' ').toLowerCase())).toList())
                .addAttribute("errors", errors).addAttribute("form", form);
        return "admin/users";
    }
}

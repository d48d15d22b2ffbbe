package hearth.access.web;

import hearth.access.Role;
import hearth.access.StaffMember;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is signed in, their menu and the session length. */
@ControllerAdvice
class LayoutModel {

    private final long sessionTimeoutSeconds;
    private final long autosaveSeconds;

    LayoutModel(@Value("${server.servlet.session.timeout:20m}") java.time.Duration sessionTimeout,
                @Value("${hearth.autosave:30s}") java.time.Duration autosave) {
        this.sessionTimeoutSeconds = sessionTimeout.toSeconds();
        this.autosaveSeconds = autosave.toSeconds();
    }

    @ModelAttribute("autosaveSeconds")
    long autosaveSeconds() {
        return autosaveSeconds;
    }

    @ModelAttribute("me")
    StaffMember me() {
        return StaffMember.current().orElse(null);
    }

    @ModelAttribute("sessionTimeoutSeconds")
    long sessionTimeoutSeconds() {
        return StaffMember.current().isPresent() ? sessionTimeoutSeconds : 0;
    }

    /** The page whose form text was kept when the session ended, until it is handed back. */
    @ModelAttribute("keptFormPath")
    String keptFormPath(HttpServletRequest request) {
        return StaffMember.current().isEmpty() ? null : hearth.platform.KeptForms.waiting(request.getSession(false))
                .filter(path -> !path.equals(request.getRequestURI())).orElse(null);
    }

    @ModelAttribute("navigation")
    List<NavItem> navigation(HttpServletRequest request) {
        String path = request.getRequestURI();
        List<NavItem> items = new ArrayList<>();
        StaffMember.current().ifPresent(me -> {
            items.add(new NavItem("Home", "/", "/".equals(path)));
            if (me.role() == Role.PARTNER_REFERRER) {
                items.add(new NavItem("Referrals", "/referrals", path.startsWith("/referrals")));
            }
            if (me.role().worksAtTheFrontDoor()) {
                items.add(new NavItem("Front door", "/front-door", path.startsWith("/front-door")));
            }
            if (me.role().searchesPeople()) {
                items.add(new NavItem("My work", "/my-work", path.startsWith("/my-work")));
                items.add(new NavItem("Find a person", "/people/search", path.startsWith("/people")));
            }
            if (me.role().seesFigures()) {
                items.add(new NavItem("Figures", "/figures", path.startsWith("/figures")));
            }
            if (me.role() == Role.SYSTEM_ADMINISTRATOR) {
                items.add(new NavItem("Users", "/admin/users", path.startsWith("/admin/users")
                        || path.startsWith("/admin/teams")));
                items.add(new NavItem("Bank holidays", "/admin/bank-holidays", path.startsWith("/admin/bank-holidays")));
            }
        });
        return items;
    }

    record NavItem(String label, String href, boolean active) {
    }
}

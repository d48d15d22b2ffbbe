package hearth.access;

import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** A signed-in user of Hearth, as other capabilities need to know them. */
public record StaffMember(UUID id, String username, String displayName, Role role, UUID teamId,
                          String teamName, String organisation) {

    /** The member of staff on whose behalf the current request runs, if any. */
    public static java.util.Optional<StaffMember> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof HasStaffMember holder) {
            return java.util.Optional.of(holder.staffMember());
        }
        return java.util.Optional.empty();
    }

    public static StaffMember require() {
        return current().orElseThrow(() -> new IllegalStateException("no signed-in member of staff"));
    }

    public boolean isIn(UUID team) {
        return teamId != null && teamId.equals(team);
    }

    /** Implemented by the security principal so the domain need not know Spring Security's types. */
    public interface HasStaffMember {
        StaffMember staffMember();
    }
}

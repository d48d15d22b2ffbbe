package hearth.returns;

import hearth.access.AccessDenied;
import hearth.access.Role;
import hearth.access.StaffMember;
import java.util.Set;

/**
 * Who makes the statutory returns: performance officers and heads of service. One rule for the
 * census, Ofsted's lists and their background work, so pages and commands refuse alike.
 */
public final class ReturnsAccess {

    private static final Set<Role> MAY_MAKE_RETURNS = Set.of(Role.PERFORMANCE_OFFICER, Role.HEAD_OF_SERVICE);

    private ReturnsAccess() {
    }

    public static boolean mayMakeReturns(StaffMember user) {
        return MAY_MAKE_RETURNS.contains(user.role());
    }

    public static void requireMayMakeReturns(StaffMember user) {
        if (!mayMakeReturns(user)) {
            throw new AccessDenied(null, false);
        }
    }
}

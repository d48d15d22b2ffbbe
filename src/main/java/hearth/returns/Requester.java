package hearth.returns;

import hearth.access.StaffMember;
import java.util.UUID;

/** Who asked for a return: a signed-in user, or a council's scheduler on the command line (no user id). */
public record Requester(UUID userId, String username) {

    public static final Requester COMMAND_LINE = new Requester(null, "command line");

    public static Requester of(StaffMember user) {
        return new Requester(user.id(), user.username());
    }
}

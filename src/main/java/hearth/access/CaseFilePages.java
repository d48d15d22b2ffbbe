package hearth.access;

import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The one way a page of a child's case file is written: the record is opened for the action
 * with the reason the user stated this session (so it is allowed or refused, and audited,
 * before anything is read or changed), and a post either does its work and redirects or
 * shows its form again with every message at once. A lost race ({@code ConcurrentEdit})
 * is left to the conflict page.
 */
@Component
public class CaseFilePages {

    private final CaseFileAccess access;

    CaseFilePages(CaseFileAccess access) {
        this.access = access;
    }

    /** @return the signed-in member of staff, once the child's record is open to them for the action */
    public StaffMember open(PersonId childId, String action, HttpSession session) {
        StaffMember me = StaffMember.require();
        access.open(me, childId, action, StatedReasons.reasonFor(session, childId));
        return me;
    }

    /**
     * Opens the record for the action, then does the work, which answers where to go next;
     * input it refuses shows the form again with its messages.
     */
    public String submit(PersonId childId, String action, HttpSession session, Work work,
                         Function<Map<String, String>, String> formAgain) {
        StaffMember me = open(childId, action, session);
        try {
            return work.by(me);
        } catch (InvalidInput invalid) {
            return formAgain.apply(invalid.errors());
        }
    }

    /** What a post does as the member of staff, answering the view to show (usually a redirect). */
    @FunctionalInterface
    public interface Work {
        String by(StaffMember me);
    }
}

package hearth.access;

import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The one way a page of a child's case file is written: the record is opened for the action
 * with the reason the user stated this session (so it is allowed or refused, and audited,
 * before anything is read or changed), and a post either does its work and redirects or
 * shows its form again with every message at once. A lost race ({@code ConcurrentEdit})
 * is left to the conflict page. Once the record is open, the page's layout names the child
 * (request attribute {@value #CHILD_NAME}); a refused user never sees the name.
 */
@Component
public class CaseFilePages {

    /** The request attribute the layout reads for the caption and title of a case file page. */
    public static final String CHILD_NAME = "caseFileChildName";

    /** The request attribute naming whose record is open on the page, so its bar can be shown ({@link CaseFileBar}). */
    public static final String CHILD_ID = "caseFileChildId";

    private final CaseFileAccess access;
    private final ChildNames names;

    CaseFilePages(CaseFileAccess access, ChildNames names) {
        this.access = access;
        this.names = names;
    }

    /** @return the signed-in member of staff, once the child's record is open to them for the action */
    public StaffMember open(PersonId childId, String action, HttpSession session) {
        StaffMember me = StaffMember.require();
        access.open(me, childId, action, StatedReasons.reasonFor(session, childId));
        nameOnThePage(childId, names.of(childId));
        return me;
    }

    /**
     * Names the child on the page being answered (its caption and title) and puts the bar of what
     * matters about them under it: call it only once the child's record is open to the user.
     * Outside a request (a test, a job) there is no page.
     */
    public static void nameOnThePage(PersonId childId, String childName) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(CHILD_NAME, childName, RequestAttributes.SCOPE_REQUEST);
            request.setAttribute(CHILD_ID, childId, RequestAttributes.SCOPE_REQUEST);
        }
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

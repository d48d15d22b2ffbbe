package hearth.casework;

import hearth.platform.PersonId;
import java.util.List;

/**
 * A part of the case file another capability fills in (supervision actions, a prompt to
 * escalate), so the case file shows it without depending on that capability.
 */
public interface CaseFileSection {

    List<Panel> panelsFor(PersonId childId);

    /** A titled list on the case file; {@code warning} shows it as something to act on. */
    record Panel(String title, List<String> lines, String href, String linkText, boolean warning) {
    }
}

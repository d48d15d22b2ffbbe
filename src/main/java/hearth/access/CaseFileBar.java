package hearth.access;

import hearth.platform.PersonId;
import java.util.List;

/**
 * What matters about a child, in the bar under the child's name on every page of their case
 * file: each capability that knows something (the open plan, active alerts) tells its part,
 * since {@code access} may not depend on them. The bar is shown only once the record is open
 * to the user ({@link CaseFilePages#nameOnThePage}); the parts come in their {@code @Order}.
 */
public interface CaseFileBar {

    /** @return this capability's part of the bar, or nothing when there is nothing to say */
    List<Item> about(PersonId childId);

    /**
     * @param href where the item leads, or null when it is only said
     * @param warning whether it is something to take care with (a restriction)
     */
    record Item(String text, String href, boolean warning) {
    }
}

package hearth.access;

import hearth.platform.PersonId;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A restricted record says so on every page of it, after the open plan. */
@Component
@Order(2)
class RestrictionInTheBar implements CaseFileBar {

    private final RecordRestrictions restrictions;

    RestrictionInTheBar(RecordRestrictions restrictions) {
        this.restrictions = restrictions;
    }

    @Override
    public List<Item> about(PersonId childId) {
        return restrictions.of(childId).isPresent() ? List.of(new Item("Restricted record", null, true)) : List.of();
    }
}

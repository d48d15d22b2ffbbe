package hearth.casework;

import hearth.access.CaseFileBar;
import hearth.platform.PersonId;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** How many alerts are active, last in the case file's bar, leading to the case file that lists them. */
@Component
@Order(3)
class AlertsInTheBar implements CaseFileBar {

    private final CaseAlerts alerts;

    AlertsInTheBar(CaseAlerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public List<Item> about(PersonId childId) {
        int active = alerts.current(childId).size();
        return active == 0 ? List.of()
                : List.of(new Item(active + (active == 1 ? " active alert" : " active alerts"), "/children/" + childId, false));
    }
}

package hearth.casework;

import hearth.timeliness.ClockAlert;
import hearth.timeliness.ClockCompleted;
import hearth.timeliness.ClockKind;
import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Shows a clock that is overdue or due soon as an alert on the child's case file, until the step is done. */
@Component
class ClockAlerts {

    private final CaseAlerts alerts;

    ClockAlerts(CaseAlerts alerts) {
        this.alerts = alerts;
    }

    @EventListener
    void on(ClockAlert alert) {
        String when = alert.dueAt().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate().toString();
        alerts.end(alert.personId(), kind(alert.kind()), LocalDate.now());
        alerts.raise(alert.personId(), kind(alert.kind()), alert.kind().label() + " "
                + alert.state().label().toLowerCase() + " (due " + when + ")", LocalDate.now());
    }

    @EventListener
    void on(ClockCompleted completed) {
        alerts.end(completed.personId(), kind(completed.kind()), LocalDate.now());
    }

    private static String kind(ClockKind kind) {
        return "CLOCK_" + kind.name();
    }
}

package hearth.casework;

import hearth.platform.PersonId;
import hearth.platform.Words;
import hearth.timeliness.ClockAlert;
import hearth.timeliness.ClockCancelled;
import hearth.timeliness.ClockCompleted;
import hearth.timeliness.ClockKind;
import hearth.timeliness.WorkingCalendar;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Shows a clock that is overdue or due soon as an alert on the child's case file, until the
 * step is done or cancelled. A contact's clocks name no child: the hub's queue shows them.
 */
@Component
class ClockAlerts {

    private final CaseAlerts alerts;
    private final Clock clock;

    ClockAlerts(CaseAlerts alerts, Clock clock) {
        this.alerts = alerts;
        this.clock = clock;
    }

    @EventListener
    void on(ClockAlert alert) {
        if (alert.personId() == null) {
            return;
        }
        String when = Words.day(alert.dueAt().atZone(WorkingCalendar.LONDON).toLocalDate());
        alerts.end(new PersonId(alert.personId()), kind(alert.kind()), today());
        alerts.raise(new PersonId(alert.personId()), kind(alert.kind()), alert.kind().label() + " "
                + alert.state().label().toLowerCase() + " (due " + when + ")", today());
    }

    @EventListener
    void on(ClockCompleted completed) {
        end(PersonId.ofNullable(completed.personId()), completed.kind());
    }

    @EventListener
    void on(ClockCancelled cancelled) {
        end(PersonId.ofNullable(cancelled.personId()), cancelled.kind());
    }

    private void end(PersonId personId, ClockKind kind) {
        if (personId != null) {
            alerts.end(personId, kind(kind), today());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String kind(ClockKind kind) {
        return "CLOCK_" + kind.name();
    }
}

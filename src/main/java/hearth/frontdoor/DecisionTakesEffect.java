package hearth.frontdoor;

import hearth.access.ChildRelationshipEnded;
import hearth.access.StaffMember;
import hearth.casework.CaseAlerts;
import hearth.casework.CaseRouting;
import hearth.chronology.Chronology;
import hearth.platform.London;
import hearth.platform.PersonId;
import hearth.timeliness.ClockKind;
import hearth.timeliness.ClockSubject;
import hearth.timeliness.Clocks;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a front-door decision sets going once it is final (made, or authorised where that is
 * needed), for each matched child: the chronology, the strategy discussion's clock, the
 * re-referral alert, the team that receives the work and, for an assessment, the assessment.
 * It runs in the decision's transaction, so a child is never left with a decision and no team.
 */
@Component
class DecisionTakesEffect {

    private final JdbcClient jdbc;
    private final ContactQueries contacts;
    private final ContactClocks contactClocks;
    private final Clocks clocks;
    private final Chronology chronology;
    private final CaseAlerts alerts;
    private final CaseRouting routing;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DecisionTakesEffect(JdbcClient jdbc, ContactQueries contacts, ContactClocks contactClocks, Clocks clocks,
                        Chronology chronology, CaseAlerts alerts, CaseRouting routing, ApplicationEventPublisher events,
                        Clock clock) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.contactClocks = contactClocks;
        this.clocks = clocks;
        this.chronology = chronology;
        this.alerts = alerts;
        this.routing = routing;
        this.events = events;
        this.clock = clock;
    }

    void takeEffect(ContactId contactId, StaffMember by) {
        ContactView contact = contacts.find(contactId).orElseThrow();
        for (ContactView.Child child : contact.children()) {
            if (child.personId() != null) {
                forChild(contact, child.personId(), by);
            }
        }
        contactClocks.closed(contactId);
        events.publishEvent(new ChildRelationshipEnded(FrontDoor.source(contactId), clock.instant()));
    }

    private void forChild(ContactView contact, PersonId childId, StaffMember by) {
        LocalDate today = LocalDate.now(clock);
        Outcome outcome = contact.outcome();
        chronology.record(childId, today, "Front door decision", ThresholdLevel.of(contact.thresholdLevel()).label()
                + ". " + outcome.label() + ". " + FrontDoor.excerpt(contact.rationale()), by,
                FrontDoor.source(contact.id()));
        if (outcome == Outcome.STRATEGY_DISCUSSION) {
            clocks.start(childId, ClockKind.STRATEGY_DISCUSSION, ClockSubject.child(childId), clock.instant());
        }
        if (!outcome.isReferral()) {
            return;
        }
        if (isReReferral(childId, contact.id(), today)) {
            alerts.raise(childId, "RE_REFERRAL", "Re-referral: referred again within 12 months", today);
        }
        routing.referred(childId, outcome.work(), by);
        if (outcome == Outcome.ASSESSMENT) {
            events.publishEvent(new ReferralAccepted(childId.value(), contact.id().value(), outcome,
                    contact.receivedAt(), by));
        }
    }

    /** A referral within 12 months of the child's previous one, as the census counts it. */
    private boolean isReReferral(PersonId personId, ContactId contactId, LocalDate today) {
        return jdbc.sql("""
                SELECT count(*) FROM contact c JOIN contact_child cc ON cc.contact_id = c.id
                WHERE cc.person_id = :p AND c.id <> :c AND c.status = 'DECIDED'
                  AND c.outcome IN ('ASSESSMENT', 'STRATEGY_DISCUSSION') AND c.received_at >= :since""")
                .param("p", personId).param("c", contactId)
                .param("since", Timestamp.from(today.minusMonths(12).atStartOfDay(London.ZONE).toInstant()))
                .query(Integer.class).single() > 0;
    }
}

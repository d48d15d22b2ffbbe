package hearth.frontdoor;

import hearth.access.StaffMember;
import hearth.platform.Words;
import hearth.timeliness.ClockKind;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives police notifications. Each becomes a contact in the hub's queue, with its clock
 * from the officer's grading (standard gradings, which are not requests for services, get
 * 3 working days by default). A notification the force sends twice is recognised and
 * nothing is created twice.
 */
@Service
public class PoliceNotifications {

    static final String CONSENT_REASON = "Police notification, shared under the information-sharing agreement";

    private final JdbcClient jdbc;
    private final FrontDoor frontDoor;
    private final Clock clock;

    PoliceNotifications(JdbcClient jdbc, FrontDoor frontDoor, Clock clock) {
        this.jdbc = jdbc;
        this.frontDoor = frontDoor;
        this.clock = clock;
    }

    /** @return the contact made, or the one made the first time this notification was received */
    @Transactional
    public Received receive(PoliceNotification n, StaffMember by) {
        var existing = jdbc.sql("SELECT contact_id FROM police_notification WHERE force = :f AND notification_ref = :r")
                .param("f", n.force()).param("r", n.notificationRef()).query(UUID.class).optional();
        if (existing.isPresent()) {
            return new Received(new ContactId(existing.get()), false);
        }
        ContactId contact = frontDoor.receive(details(n), by, "standard".equals(n.officerGrading())
                ? ClockKind.POLICE_NOTIFICATION_DECISION : ClockKind.CONTACT_DECISION);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO police_notification (id, force, notification_ref, incident_ref, incident_at, incident_type,
                    location_postcode, officer_grading, dash_risk, summary, officer, contact_id, received_at)
                VALUES (:id, :force, :ref, :incident, :at, :type, :postcode, :grading, :dash, :summary, :officer,
                    :contact, :now)""")
                .param("id", id).param("force", n.force()).param("ref", n.notificationRef())
                .param("incident", n.incidentRef()).param("at", n.incidentAt()).param("type", n.incidentType())
                .param("postcode", n.locationPostcode()).param("grading", n.officerGrading()).param("dash", n.dashRisk())
                .param("summary", n.summary()).param("officer", n.officer()).param("contact", contact)
                .param("now", Timestamp.from(clock.instant())).update();
        int position = 0;
        for (PoliceNotification.Person p : n.people()) {
            jdbc.sql("""
                    INSERT INTO notification_person (notification_id, position, role, surname, forenames, date_of_birth,
                        sex, address, postcode) VALUES (:n, :pos, :role, :s, :f, :dob, :sex, :address, :postcode)""")
                    .param("n", id).param("pos", position++).param("role", p.role()).param("s", p.surname())
                    .param("f", p.forenames()).param("dob", p.dateOfBirth()).param("sex", p.sex())
                    .param("address", p.address()).param("postcode", p.postcode()).update();
        }
        return new Received(contact, true);
    }

    private static ReferralDetails details(PoliceNotification n) {
        List<ReferralDetails.ChildDescribed> children = new ArrayList<>();
        for (PoliceNotification.Person child : n.children()) {
            children.add(new ReferralDetails.ChildDescribed(child.forenames(), child.surname(), child.dateOfBirth(),
                    child.address(), child.postcode()));
        }
        StringBuilder family = new StringBuilder();
        for (PoliceNotification.Person adult : n.adults()) {
            family.append(adult.forenames()).append(' ').append(adult.surname()).append(" (").append(adult.role())
                    .append(adult.dateOfBirth() == null ? "" : ", born " + Words.day(adult.dateOfBirth())).append("). ");
        }
        String worry = capitalise(n.incidentType()) + " on " + Words.day(n.incidentAt().toLocalDate()) + " at "
                + n.incidentAt().toLocalTime() + ". Officer's grading: " + n.officerGrading()
                + (n.dashRisk() == null ? "" : "; DASH risk: " + n.dashRisk()) + ". " + n.summary();
        return new ReferralDetails("POLICE_NOTIFICATION", "6", children, family.toString().strip(), worry, null, null,
                "domestic abuse".equals(n.incidentType()) ? List.of("3A") : List.of(), urgency(n.officerGrading()),
                Consent.NOT_SOUGHT_OTHER, CONSENT_REASON, null, n.officer() == null ? n.force() : n.officer(),
                "Police officer", n.force(), null, null);
    }

    private static String urgency(String grading) {
        return switch (grading) {
            case "high" -> "IMMEDIATE";
            case "medium" -> "URGENT";
            default -> "STANDARD";
        };
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public record Received(ContactId contactId, boolean created) {
    }
}

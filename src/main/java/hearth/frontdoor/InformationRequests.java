package hearth.frontdoor;

import hearth.access.StaffMember;
import hearth.platform.InvalidInput;
import hearth.timeliness.WorkingCalendar;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Screening: what the hub asks partners, when the answer is due, and what came back. */
@Service
public class InformationRequests {

    public static final List<String> AGENCIES = List.of("POLICE", "HEALTH", "SCHOOL", "OTHER");

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final int responseWorkingHours;

    InformationRequests(JdbcClient jdbc, WorkingCalendar calendar, Clock clock,
                        @Value("${hearth.frontdoor.information-request-working-hours:4}") int responseWorkingHours) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
        this.responseWorkingHours = responseWorkingHours;
    }

    @Transactional
    public UUID ask(ContactId contactId, String agency, String askedOf, String question, StaffMember by) {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        if (agency == null || !AGENCIES.contains(agency)) {
            errors.add("agency", "Select which agency you are asking");
        }
        if (question == null || question.isBlank()) {
            errors.add("question", "Enter what you need to know");
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO information_request (id, contact_id, agency, asked_of, question, requested_by, requested_at, due_at)
                VALUES (:id, :contact, :agency, :askedOf, :question, :by, :now, :due)""")
                .param("id", id).param("contact", contactId).param("agency", agency).param("askedOf", askedOf)
                .param("question", question.strip()).param("by", by.id()).param("now", Timestamp.from(now))
                .param("due", Timestamp.from(calendar.workingHoursAfter(now, responseWorkingHours))).update();
        return id;
    }

    @Transactional
    public void answer(ContactId contactId, UUID requestId, String response) {
        if (response == null || response.isBlank()) {
            throw InvalidInput.of("response", "Enter what the agency told you");
        }
        int changed = jdbc.sql("""
                UPDATE information_request SET response = :response, responded_at = :now
                WHERE id = :id AND contact_id = :contact AND response IS NULL""")
                .param("response", response.strip()).param("now", Timestamp.from(clock.instant()))
                .param("id", requestId).param("contact", contactId).update();
        if (changed == 0) {
            throw InvalidInput.of("response", "This request has already been answered");
        }
    }

    public List<Request> forContact(ContactId contactId) {
        return jdbc.sql("""
                SELECT id, agency, asked_of, question, requested_at, due_at, response, responded_at
                FROM information_request WHERE contact_id = :c ORDER BY requested_at""")
                .param("c", contactId).query(Request.class).list();
    }

    public record Request(UUID id, String agency, String askedOf, String question, Instant requestedAt, Instant dueAt,
                          String response, Instant respondedAt) {

        public boolean answered() {
            return respondedAt != null;
        }

        public boolean overdue(Instant now) {
            return respondedAt == null ? now.isAfter(dueAt) : respondedAt.isAfter(dueAt);
        }

        public ZonedDateTime dueLocal() {
            return dueAt.atZone(WorkingCalendar.LONDON);
        }

        public String agencyLabel() {
            return agency.charAt(0) + agency.substring(1).toLowerCase();
        }
    }
}

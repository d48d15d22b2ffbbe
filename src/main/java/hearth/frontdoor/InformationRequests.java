package hearth.frontdoor;

import hearth.access.StaffMember;
import hearth.platform.InvalidInput;
import hearth.platform.London;
import hearth.timeliness.ClockKind;
import hearth.timeliness.ClockSubject;
import hearth.timeliness.Clocks;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screening: what the hub asks partners, when the answer is due, and what came back. The answer
 * is due by a timeliness clock named by the request ({@link ClockKind#INFORMATION_REQUEST_ANSWER},
 * four working hours unless the council sets {@code hearth.timescales.information-request-answer}).
 */
@Service
public class InformationRequests {

    public static final List<String> AGENCIES = List.of("POLICE", "HEALTH", "SCHOOL", "OTHER");

    private final JdbcClient jdbc;
    private final Clocks clocks;
    private final Clock clock;

    InformationRequests(JdbcClient jdbc, Clocks clocks, Clock clock) {
        this.jdbc = jdbc;
        this.clocks = clocks;
        this.clock = clock;
    }

    /** One request to one agency, with its own clock. */
    @Transactional
    public InformationRequestId ask(ContactId contactId, String agency, String askedOf, String question, StaffMember by) {
        return ask(contactId, agency == null ? List.of() : List.of(agency), "agency", askedOf, question, by).get(0);
    }

    /**
     * The same question to several agencies at once: one request, and one clock, for each, all
     * made or none.
     */
    @Transactional
    public List<InformationRequestId> askEach(ContactId contactId, Collection<String> agencies, String askedOf,
                                              String question, StaffMember by) {
        return ask(contactId, agencies == null ? List.of() : agencies, "agencies", askedOf, question, by);
    }

    private List<InformationRequestId> ask(ContactId contactId, Collection<String> agencies, String agencyField,
                                           String askedOf, String question, StaffMember by) {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        if (agencies.isEmpty() || !AGENCIES.containsAll(agencies)) {
            errors.add(agencyField, "Select which agency you are asking");
        }
        if (question == null || question.isBlank()) {
            errors.add("question", "Enter what you need to know");
        }
        errors.throwIfAny();
        return AGENCIES.stream().filter(agencies::contains)
                .map(agency -> insert(contactId, agency, askedOf, question.strip(), by)).toList();
    }

    private InformationRequestId insert(ContactId contactId, String agency, String askedOf, String question,
                                        StaffMember by) {
        Instant now = clock.instant();
        InformationRequestId id = new InformationRequestId(UUID.randomUUID());
        jdbc.sql("""
                INSERT INTO information_request (id, contact_id, agency, asked_of, question, requested_by, requested_at)
                VALUES (:id, :contact, :agency, :askedOf, :question, :by, :now)""")
                .param("id", id).param("contact", contactId).param("agency", agency).param("askedOf", askedOf)
                .param("question", question).param("by", by.id()).param("now", Timestamp.from(now)).update();
        clocks.start(null, ClockKind.INFORMATION_REQUEST_ANSWER, ClockSubject.informationRequest(id), now);
        return id;
    }

    @Transactional
    public void answer(ContactId contactId, InformationRequestId requestId, String response) {
        if (response == null || response.isBlank()) {
            throw InvalidInput.of("response", "Enter what the agency told you");
        }
        Instant now = clock.instant();
        int changed = jdbc.sql("""
                UPDATE information_request SET response = :response, responded_at = :now
                WHERE id = :id AND contact_id = :contact AND response IS NULL""")
                .param("response", response.strip()).param("now", Timestamp.from(now))
                .param("id", requestId).param("contact", contactId).update();
        if (changed == 0) {
            throw InvalidInput.of("response", "This request has already been answered");
        }
        clocks.complete(ClockKind.INFORMATION_REQUEST_ANSWER, ClockSubject.informationRequest(requestId), now);
    }

    /** The contact's requests, each with the due time its clock holds, the latest asked first. */
    public List<Request> forContact(ContactId contactId) {
        List<Asked> asked = jdbc.sql("""
                SELECT id, agency, asked_of, question, requested_at, response, responded_at
                FROM information_request WHERE contact_id = :c ORDER BY requested_at DESC, agency""")
                .param("c", contactId).query(Asked.class).list();
        Map<UUID, Instant> due = clocks.about(ClockSubject.Type.INFORMATION_REQUEST, asked.stream().map(Asked::id).toList())
                .stream().collect(Collectors.toMap(d -> d.subject().id(), Clocks.Due::dueAt, (a, b) -> b));
        return asked.stream().map(a -> a.dueBy(due.get(a.id().value()))).toList();
    }

    private record Asked(InformationRequestId id, String agency, String askedOf, String question, Instant requestedAt, String response,
                         Instant respondedAt) {

        Request dueBy(Instant dueAt) {
            return new Request(id, agency, askedOf, question, requestedAt, dueAt, response, respondedAt);
        }
    }

    public record Request(InformationRequestId id, String agency, String askedOf, String question, Instant requestedAt, Instant dueAt,
                          String response, Instant respondedAt) {

        public boolean answered() {
            return respondedAt != null;
        }

        public boolean overdue(Instant now) {
            return dueAt != null && (respondedAt == null ? now.isAfter(dueAt) : respondedAt.isAfter(dueAt));
        }

        public ZonedDateTime dueLocal() {
            return dueAt.atZone(London.ZONE);
        }

        public String agencyLabel() {
            return agency.charAt(0) + agency.substring(1).toLowerCase();
        }
    }
}

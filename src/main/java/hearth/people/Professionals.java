package hearth.people;

import hearth.access.StaffMember;
import hearth.audit.AuditTrail;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The professionals around a child: school, GP, health visitor and others. */
@Service
public class Professionals {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Professionals(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<Organisation> organisations(String kind) {
        return jdbc.sql("SELECT id, kind, name, code FROM organisation WHERE kind = :k ORDER BY name")
                .param("k", kind).query(Organisation.class).list();
    }

    @Transactional
    public void add(PersonId personId, NewContact contact, StaffMember by) {
        if (contact.role() == null || !contact.role().matches("SCHOOL|GP|HEALTH_VISITOR|OTHER")) {
            throw InvalidInput.of("role", "Select the professional's role");
        }
        if (contact.organisationId() == null && (contact.name() == null || contact.name().isBlank())) {
            throw InvalidInput.of("name", "Choose an organisation or enter the professional's name");
        }
        jdbc.sql("""
                INSERT INTO professional_contact (id, person_id, role, organisation_id, name, phone, email)
                VALUES (:id, :p, :role, :org, :name, :phone, :email)""")
                .param("id", UUID.randomUUID()).param("p", personId).param("role", contact.role())
                .param("org", contact.organisationId()).param("name", contact.name()).param("phone", contact.phone())
                .param("email", contact.email()).update();
        audit.record(new AuditTrail.Entry(by.id(), by.username(), "CHANGE_PROFESSIONALS", personId, null, null, true));
    }

    public List<Contact> around(PersonId personId) {
        return jdbc.sql("""
                SELECT pc.role, o.name AS organisation, pc.name, pc.phone, pc.email
                FROM professional_contact pc LEFT JOIN organisation o ON o.id = pc.organisation_id
                WHERE pc.person_id = :p ORDER BY pc.role""").param("p", personId).query(Contact.class).list();
    }

    public record Organisation(UUID id, String kind, String name, String code) {
    }

    public record NewContact(String role, UUID organisationId, String name, String phone, String email) {
    }

    public record Contact(String role, String organisation, String name, String phone, String email) {

        public String roleLabel() {
            return switch (role) {
                case "SCHOOL" -> "School";
                case "GP" -> "GP";
                case "HEALTH_VISITOR" -> "Health visitor";
                default -> "Other professional";
            };
        }
    }
}

package hearth.people;

import hearth.access.StaffMember;
import hearth.audit.AuditTrail;
import hearth.chronology.Chronology;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import hearth.platform.Text;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where people live and have lived: moving keeps the old address in the history. */
@Service
public class Addresses {

    static final String POSTCODE = "(?i)^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$";

    private final JdbcClient jdbc;
    private final Chronology chronology;
    private final AuditTrail audit;
    private final Clock clock;

    Addresses(JdbcClient jdbc, Chronology chronology, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.chronology = chronology;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void moveTo(PersonId personId, NewAddress address, LocalDate movedIn, StaffMember by) {
        check(address, movedIn);
        UUID id = UUID.randomUUID();
        String postcode = formatPostcode(address.postcode());
        jdbc.sql("INSERT INTO address (id, line1, line2, town, postcode) VALUES (:id, :l1, :l2, :town, :pc)")
                .param("id", id).param("l1", address.line1().strip()).param("l2", address.line2())
                .param("town", address.town().strip()).param("pc", postcode).update();
        jdbc.sql("UPDATE person_address SET moved_out = :on WHERE person_id = :p AND moved_out IS NULL")
                .param("on", movedIn).param("p", personId).update();
        jdbc.sql("INSERT INTO person_address (person_id, address_id, moved_in) VALUES (:p, :a, :on)")
                .param("p", personId).param("a", id).param("on", movedIn).update();
        audit.record(new AuditTrail.Entry(by.id(), by.username(), "CHANGE_ADDRESS", personId, null, null, true));
        chronology.record(personId, movedIn, "Address changed",
                "Moved to " + address.line1().strip() + ", " + postcode, by, "address:" + id);
    }

    public List<AddressHistory> history(PersonId personId) {
        return jdbc.sql("""
                SELECT a.line1, a.line2, a.town, a.postcode, pa.moved_in, pa.moved_out
                FROM person_address pa JOIN address a ON a.id = pa.address_id
                WHERE pa.person_id = :p ORDER BY pa.moved_out DESC NULLS FIRST, pa.moved_in DESC NULLS LAST""")
                .param("p", personId).query(AddressHistory.class).list();
    }

    private void check(NewAddress address, LocalDate movedIn) {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        if (Text.blank(address.line1())) {
            errors.add("line1", "Enter the first line of the address");
        }
        if (Text.blank(address.town())) {
            errors.add("town", "Enter the town or city");
        }
        if (address.postcode() == null || !address.postcode().strip().matches(POSTCODE)) {
            errors.add("postcode", "Enter a real postcode, like BK1 4AB");
        }
        if (movedIn == null) {
            errors.add("movedIn", "Enter the date they moved in");
        } else if (movedIn.isAfter(LocalDate.now(clock))) {
            errors.add("movedIn", "The date they moved in must be today or in the past");
        }
        errors.throwIfAny();
    }

    static String formatPostcode(String raw) {
        String compact = raw.strip().toUpperCase().replace(" ", "");
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    public record NewAddress(String line1, String line2, String town, String postcode) {
    }

    public record AddressHistory(String line1, String line2, String town, String postcode, LocalDate movedIn,
                                 LocalDate movedOut) {

        public boolean current() {
            return movedOut == null;
        }
    }
}

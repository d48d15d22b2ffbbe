package hearth.people;

import hearth.platform.BulkCopy;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Loads many people at once (synthetic councils, migrations from a council's old system)
 * without the per-person checks: the caller vouches for the data, which may be as dirty
 * as real records are.
 */
public final class PeopleBulkLoad implements AutoCloseable {

    private static final int BATCH = 50_000;

    private final BulkCopy people;
    private final BulkCopy identifiers;
    private final BulkCopy addresses;
    private final BulkCopy personAddresses;
    private final BulkCopy households;
    private final BulkCopy members;
    private final BulkCopy relationships;
    private final BulkCopy organisations;
    private final BulkCopy professionals;

    public PeopleBulkLoad(Connection connection) {
        people = new BulkCopy(connection, "person", "id", "kind", "forenames", "surname", "date_of_birth",
                "expected_delivery", "sex", "ethnicity", "first_language", "disabilities", "created_at");
        identifiers = new BulkCopy(connection, "person_identifier", "person_id", "scheme", "value");
        addresses = new BulkCopy(connection, "address", "id", "line1", "line2", "town", "postcode");
        personAddresses = new BulkCopy(connection, "person_address", "person_id", "address_id", "moved_in", "moved_out");
        households = new BulkCopy(connection, "household", "id", "address_id");
        members = new BulkCopy(connection, "household_member", "household_id", "person_id", "joined");
        relationships = new BulkCopy(connection, "relationship", "person_id", "related_id", "type");
        organisations = new BulkCopy(connection, "organisation", "id", "kind", "name", "code", "postcode");
        professionals = new BulkCopy(connection, "professional_contact", "id", "person_id", "role", "organisation_id",
                "name");
    }

    public void person(UUID id, PersonKind kind, String forenames, String surname, LocalDate born, LocalDate due,
                       String sex, String ethnicity, String language, List<String> disabilities, Instant recordedAt) {
        people.add(id, kind.name(), forenames, surname, born, due, sex, ethnicity, language, disabilities, recordedAt);
    }

    public void identifier(UUID personId, String scheme, String value) {
        identifiers.add(personId, scheme, value);
    }

    public void address(UUID id, String line1, String line2, String town, String postcode) {
        addresses.add(id, line1, line2, town, postcode);
    }

    public void livesAt(UUID personId, UUID addressId, LocalDate movedIn, LocalDate movedOut) {
        personAddresses.add(personId, addressId, movedIn, movedOut);
    }

    public void household(UUID id, UUID addressId, List<UUID> memberIds, LocalDate joined) {
        households.add(id, addressId);
        memberIds.forEach(member -> members.add(id, member, joined));
    }

    /** Stores the relationship both ways, as {@link FamilyNetwork} does. */
    public void relate(UUID personId, UUID relatedId, RelationshipType type) {
        relationships.add(personId, relatedId, type.name());
        relationships.add(relatedId, personId, type.inverse().name());
    }

    public void organisation(UUID id, String kind, String name, String code, String postcode) {
        organisations.add(id, kind, name, code, postcode);
    }

    public void professional(UUID id, UUID personId, String role, UUID organisationId, String name) {
        professionals.add(id, personId, role, organisationId, name);
    }

    public long peopleWritten() {
        return people.written();
    }

    /** Writes what is buffered once a batch has built up; call between families. */
    public void flushIfFull() {
        if (people.pending() + relationships.pending() + members.pending() >= BATCH) {
            close();
        }
    }

    /** Parents before children: later tables refer to earlier ones. */
    @Override
    public void close() {
        for (BulkCopy copy : List.of(organisations, people, identifiers, addresses, personAddresses, households, members,
                relationships, professionals)) {
            copy.flush();
        }
    }
}

package hearth.people;

import hearth.access.RestrictionFilter;
import hearth.access.StaffMember;
import hearth.audit.AuditTrail;
import hearth.chronology.Chronology;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's relationships and household: the family and wider network around a child. */
@Service
public class FamilyNetwork {

    private final JdbcClient jdbc;
    private final Chronology chronology;
    private final AuditTrail audit;
    private final RestrictionFilter restrictions;
    private final Clock clock;

    FamilyNetwork(JdbcClient jdbc, Chronology chronology, AuditTrail audit, RestrictionFilter restrictions,
                  Clock clock) {
        this.restrictions = restrictions;
        this.jdbc = jdbc;
        this.chronology = chronology;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records that {@code relatedId} is the {@code type} of {@code personId}, optionally living with them. */
    @Transactional
    public void relate(PersonId personId, PersonId relatedId, RelationshipType type, boolean sameHousehold, StaffMember by) {
        if (personId.equals(relatedId)) {
            throw InvalidInput.of("relatedId", "A person cannot be related to themselves");
        }
        insert(personId, relatedId, type);
        insert(relatedId, personId, type.inverse());
        if (sameHousehold) {
            joinHousehold(personId, relatedId);
        }
        String name = jdbc.sql("SELECT forenames || ' ' || surname FROM person WHERE id = :id").param("id", relatedId)
                .query(String.class).single();
        audit.record(new AuditTrail.Entry(by.id(), by.username(), "CHANGE_RELATIONSHIPS", personId, null, null, true));
        chronology.record(personId, LocalDate.now(clock), "Family network",
                name + " recorded as " + type.label().toLowerCase(), by, "relationship:" + relatedId);
    }

    /**
     * The person's family and network as this user may see it: a restricted relative not naming
     * them stays in the list, since the relationship matters, but only as a placeholder.
     */
    public List<Relative> relatives(PersonId personId, StaffMember viewer) {
        return restrictions.masked(viewer, "Family and network", allRelatives(personId), Relative::id,
                Relative::restricted);
    }

    private List<Relative> allRelatives(PersonId personId) {
        return jdbc.sql("""
                SELECT p.id, p.forenames || ' ' || p.surname AS name, p.kind, p.date_of_birth, r.type,
                    EXISTS (SELECT 1 FROM household_member a JOIN household_member b ON a.household_id = b.household_id
                            WHERE a.person_id = r.person_id AND b.person_id = p.id
                              AND a.left_on IS NULL AND b.left_on IS NULL) AS same_household
                FROM relationship r JOIN person p ON p.id = r.related_id
                WHERE r.person_id = :id ORDER BY same_household DESC, p.date_of_birth NULLS LAST""")
                .param("id", personId)
                .query((rs, n) -> new Relative(new PersonId(rs.getObject("id", UUID.class)), rs.getString("name"),
                        PersonKind.valueOf(rs.getString("kind")), rs.getObject("date_of_birth", LocalDate.class),
                        RelationshipType.valueOf(rs.getString("type")), rs.getBoolean("same_household")))
                .list();
    }

    /** The children related to an adult: their records decide who may open the adult's. */
    public List<PersonId> relatedChildren(PersonId personId) {
        return jdbc.sql("""
                SELECT r.related_id FROM relationship r JOIN person p ON p.id = r.related_id
                WHERE r.person_id = :id AND p.kind <> 'ADULT'""").param("id", personId).query(UUID.class).list()
                .stream().map(PersonId::new).toList();
    }

    private void insert(PersonId personId, PersonId relatedId, RelationshipType type) {
        jdbc.sql("INSERT INTO relationship (person_id, related_id, type) VALUES (:p, :r, :t) ON CONFLICT DO NOTHING")
                .param("p", personId).param("r", relatedId).param("t", type.name()).update();
    }

    private void joinHousehold(PersonId personId, PersonId relatedId) {
        UUID household = currentHousehold(relatedId);
        if (household == null) {
            household = currentHousehold(personId);
        }
        if (household == null) {
            household = UUID.randomUUID();
            jdbc.sql("INSERT INTO household (id) VALUES (:id)").param("id", household).update();
        }
        for (PersonId member : List.of(personId, relatedId)) {
            jdbc.sql("""
                    INSERT INTO household_member (household_id, person_id, joined) VALUES (:h, :p, :on)
                    ON CONFLICT (household_id, person_id) DO UPDATE SET left_on = NULL""")
                    .param("h", household).param("p", member).param("on", LocalDate.now(clock)).update();
        }
    }

    private UUID currentHousehold(PersonId personId) {
        return jdbc.sql("SELECT household_id FROM household_member WHERE person_id = :p AND left_on IS NULL LIMIT 1")
                .param("p", personId).query(UUID.class).optional().orElse(null);
    }

    /** A relative; {@code id} is null when they are shown as a restricted record. */
    public record Relative(PersonId id, String name, PersonKind kind, LocalDate dateOfBirth, RelationshipType type,
                           boolean sameHousehold) {

        Relative restricted() {
            return new Relative(null, RestrictionFilter.PLACEHOLDER, kind, null, type, sameHousehold);
        }
    }
}

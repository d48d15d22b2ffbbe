package hearth.people;

import static hearth.platform.Text.blankToNull;

import hearth.access.RestrictionFilter;
import hearth.access.StaffMember;
import hearth.audit.AuditTrail;
import hearth.chronology.Chronology;
import hearth.platform.ConcurrentEdit;
import hearth.platform.PersonId;
import hearth.platform.Text;
import hearth.reference.CodeLists;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The person index: records, changes and finds the children and adults Hearth knows. */
@Service
public class PersonIndex {

    private final JdbcClient jdbc;
    private final CodeLists codes;
    private final Chronology chronology;
    private final AuditTrail audit;
    private final RestrictionFilter restrictions;
    private final Clock clock;

    PersonIndex(JdbcClient jdbc, CodeLists codes, Chronology chronology, AuditTrail audit, RestrictionFilter restrictions,
                Clock clock) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.chronology = chronology;
        this.audit = audit;
        this.restrictions = restrictions;
        this.clock = clock;
    }

    /**
     * Records a new person after checking every rule.
     *
     * @param despiteDuplicates true once the user has seen the possible duplicates and chosen to go on
     * @throws PossibleDuplicate when someone with the same name and date of birth exists
     */
    @Transactional
    public PersonId record(PersonDetails details, StaffMember by, boolean despiteDuplicates) {
        PersonRules.check(details, LocalDate.now(clock), codes);
        if (!despiteDuplicates) {
            List<PersonSummary> same = restrictions.shown(by, "Possible duplicates", sameNameAndBirth(details),
                    PersonSummary::id);
            if (!same.isEmpty()) {
                throw new PossibleDuplicate(same);
            }
        }
        PersonId id = new PersonId(UUID.randomUUID());
        jdbc.sql("""
                INSERT INTO person (id, kind, forenames, surname, date_of_birth, expected_delivery, sex, ethnicity,
                    first_language, disabilities, created_at, created_by)
                VALUES (:id, :kind, :forenames, :surname, :dob, :edd, :sex, :ethnicity, :language, :disabilities,
                    :at, :by)""")
                .paramSource(columns(id, details).addValue("at", Timestamp.from(clock.instant())).addValue("by", by.id()))
                .update();
        writeIdentifiers(id, details);
        audit.record(new AuditTrail.Entry(by.id(), by.username(), "RECORD_PERSON", id, null, null, true));
        chronology.record(id, LocalDate.now(clock), "Recorded in Hearth",
                details.kind().label() + " recorded by " + by.displayName(), by, "person:" + id);
        return id;
    }

    /**
     * Saves changed details, refusing if someone else saved the person since {@code version} was read.
     */
    @Transactional
    public void update(PersonId id, int version, PersonDetails details, StaffMember by) {
        PersonRules.check(details, LocalDate.now(clock), codes);
        int changed = jdbc.sql("""
                UPDATE person SET kind = :kind, forenames = :forenames, surname = :surname, date_of_birth = :dob,
                    expected_delivery = :edd, sex = :sex, ethnicity = :ethnicity, first_language = :language,
                    disabilities = :disabilities, version = version + 1
                WHERE id = :id AND version = :version""")
                .paramSource(columns(id, details).addValue("version", version)).update();
        if (changed == 0) {
            throw new ConcurrentEdit("This person's details");
        }
        jdbc.sql("DELETE FROM person_identifier WHERE person_id = :id").param("id", id).update();
        writeIdentifiers(id, details);
        audit.record(new AuditTrail.Entry(by.id(), by.username(), "CHANGE_PERSON", id, null, null, true));
    }

    /** Adds what is wrong with these details to {@code errors} without saving anything. */
    public void check(PersonDetails details, hearth.platform.InvalidInput.Errors errors) {
        PersonRules.collect(details, LocalDate.now(clock), codes, errors);
    }

    public Optional<Person> find(PersonId id) {
        return jdbc.sql("""
                SELECT p.*, (SELECT value FROM person_identifier WHERE person_id = p.id AND scheme = 'NHS') AS nhs,
                    (SELECT value FROM person_identifier WHERE person_id = p.id AND scheme = 'UPN') AS upn,
                    (SELECT value FROM person_identifier WHERE person_id = p.id AND scheme = 'COUNCIL_CHILD_ID') AS cid
                FROM person p WHERE p.id = :id""")
                .param("id", id).query(PersonIndex::person).optional();
    }

    /**
     * Finds people, leaving out restricted records that do not name the searcher; the search is
     * audited, and so is each person in the results, with their id.
     */
    public List<PersonSummary> search(SearchQuery query, StaffMember by) {
        if (query.isEmpty()) {
            return List.of();
        }
        String described = PersonSearch.describe(query);
        audit.record(new AuditTrail.Entry(by.id(), by.username(), "SEARCH", null, described, null, true));
        return restrictions.shown(by, "Search results: " + described, PersonSearch.run(jdbc, query),
                PersonSummary::id);
    }

    public List<PersonSummary> summaries(List<PersonId> ids) {
        return PersonSearch.summaries(jdbc, ids);
    }

    private List<PersonSummary> sameNameAndBirth(PersonDetails details) {
        if (details.dateOfBirth() == null) {
            return List.of();
        }
        List<PersonId> ids = jdbc.sql("""
                SELECT id FROM person WHERE search_name = search_text(:forenames || ' ' || :surname)
                AND date_of_birth = :dob LIMIT 10""")
                .param("forenames", details.forenames()).param("surname", details.surname())
                .param("dob", details.dateOfBirth()).query(UUID.class).list().stream().map(PersonId::new).toList();
        return summaries(ids);
    }

    private void writeIdentifiers(PersonId id, PersonDetails details) {
        insertIdentifier(id, "NHS", blankToNull(Identifiers.normaliseNhs(details.nhsNumber())));
        insertIdentifier(id, "UPN", blankToNull(Identifiers.normaliseUpn(details.upn())));
        insertIdentifier(id, "COUNCIL_CHILD_ID", blankToNull(details.councilChildId()));
    }

    private void insertIdentifier(PersonId id, String scheme, String value) {
        if (value != null) {
            jdbc.sql("INSERT INTO person_identifier (person_id, scheme, value) VALUES (:id, :scheme, :value)")
                    .param("id", id).param("scheme", scheme).param("value", value.strip()).update();
        }
    }

    private org.springframework.jdbc.core.namedparam.MapSqlParameterSource columns(PersonId id, PersonDetails d) {
        String forenames = Text.blank(d.forenames()) && d.kind() == PersonKind.UNBORN ? "Unborn" : d.forenames();
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("id", id).addValue("kind", d.kind().name()).addValue("forenames", forenames.strip())
                .addValue("surname", d.surname().strip())
                .addValue("dob", d.kind() == PersonKind.UNBORN ? null : d.dateOfBirth())
                .addValue("edd", d.kind() == PersonKind.UNBORN ? d.expectedDelivery() : null)
                .addValue("sex", d.sex()).addValue("ethnicity", d.ethnicity())
                .addValue("language", blankToNull(d.firstLanguage()))
                .addValue("disabilities", d.disabilities() == null ? new String[0] : d.disabilities().toArray(String[]::new));
    }

    private static Person person(ResultSet rs, int row) throws SQLException {
        Array disabilities = rs.getArray("disabilities");
        return new Person(new PersonId(rs.getObject("id", UUID.class)), PersonKind.valueOf(rs.getString("kind")),
                rs.getString("forenames"), rs.getString("surname"), rs.getObject("date_of_birth", LocalDate.class),
                rs.getObject("expected_delivery", LocalDate.class), rs.getString("sex"), rs.getString("ethnicity"),
                rs.getString("first_language"),
                new ArrayList<>(Arrays.asList((String[]) disabilities.getArray())), rs.getString("nhs"),
                rs.getString("upn"), rs.getString("cid"), rs.getInt("version"));
    }
}

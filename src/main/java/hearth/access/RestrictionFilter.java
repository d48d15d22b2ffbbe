package hearth.access;

import hearth.audit.AuditTrail;
import hearth.platform.PersonId;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The one rule for every list that names people: a restricted record that does not name the
 * viewer is left out of the list, or, where the row has to stay (a relationship, a contact the
 * hub must work), shown as a neutral placeholder without name, date of birth, identifiers or
 * link. Everyone the list does show is written to the audit trail with their id, so "who has
 * looked at this record" includes lists. Counts in returns and figures do not come through here:
 * they still include every child.
 */
@Service
public class RestrictionFilter {

    /** What a user not named on a restricted record sees in place of the person. */
    public static final String PLACEHOLDER = "Restricted record";

    /** Audit action for a person shown in a list; the list's name goes in the detail. */
    public static final String SEEN_IN_LIST = "SEE_IN_LIST";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    RestrictionFilter(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The rows this user may see, dropping those about a restricted person not naming them. */
    public <T> List<T> shown(StaffMember viewer, String list, List<T> rows, Function<T, PersonId> person) {
        Visibility visibility = check(viewer, list, rows.stream().map(person).toList());
        return rows.stream().filter(row -> !visibility.hides(person.apply(row))).toList();
    }

    /** Every row, with a restricted person not naming this user replaced by a placeholder row. */
    public <T> List<T> masked(StaffMember viewer, String list, List<T> rows, Function<T, PersonId> person,
                              UnaryOperator<T> placeholder) {
        Visibility visibility = check(viewer, list, rows.stream().map(person).toList());
        return rows.stream().map(row -> visibility.hides(person.apply(row)) ? placeholder.apply(row) : row).toList();
    }

    /**
     * Which of these people this user may not be shown; the others are audited as seen in
     * {@code list}. For rows naming several people, where {@link #shown} and {@link #masked} do not fit.
     */
    public Visibility check(StaffMember viewer, String list, Collection<PersonId> people) {
        Set<PersonId> distinct = new LinkedHashSet<>(people);
        distinct.remove(null);
        Set<PersonId> hidden = hiddenFrom(viewer, distinct);
        audit.recordAll(distinct.stream().filter(id -> !hidden.contains(id))
                .map(id -> new AuditTrail.Entry(viewer.id(), viewer.username(), SEEN_IN_LIST, id, list, null, true))
                .toList());
        return new Visibility(hidden);
    }

    /**
     * Which of these ids are people this user may not be shown, without auditing: for ids
     * found inside a record (a stored change), where nobody is being shown to the user.
     */
    public Visibility hiddenAmong(StaffMember viewer, Collection<PersonId> ids) {
        Set<PersonId> distinct = new LinkedHashSet<>(ids);
        distinct.remove(null);
        return new Visibility(hiddenFrom(viewer, distinct));
    }

    /** Of the given people, those whose records are restricted and do not name this user. */
    Set<PersonId> hiddenFrom(StaffMember viewer, Collection<PersonId> people) {
        if (people.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                SELECT r.person_id FROM record_restriction r
                WHERE r.person_id IN (:ids)
                  AND NOT EXISTS (SELECT 1 FROM record_restriction_user u
                                  WHERE u.person_id = r.person_id AND u.user_id = :user)""")
                .param("ids", people).param("user", viewer.id()).query(UUID.class).list()
                .stream().map(PersonId::new).toList());
    }

    /** The people in one list that the viewer may not be shown. */
    public record Visibility(Set<PersonId> hidden) {

        public boolean hides(PersonId person) {
            return person != null && hidden.contains(person);
        }

        public boolean hidesAny(Collection<PersonId> people) {
            return people.stream().filter(Objects::nonNull).anyMatch(hidden::contains);
        }
    }
}

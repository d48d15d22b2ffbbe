package hearth.people;

import static hearth.platform.Text.blank;

import hearth.access.RestrictionFilter;
import hearth.access.StaffMember;
import hearth.platform.PersonId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Scores how likely it is that a person described by another agency (a police notification,
 * a referral) is someone already in the index. It only offers candidates: a practitioner
 * confirms a match or records a new person, never an automatic merge.
 */
@Service
public class PersonMatcher {

    /** At or above this, a candidate is offered as a likely match. */
    public static final double LIKELY = 0.85;
    /** At or above this, a candidate is offered as a possible match. */
    public static final double POSSIBLE = 0.6;
    static final int CANDIDATES = 5;

    private final JdbcClient jdbc;
    private final RestrictionFilter restrictions;

    PersonMatcher(JdbcClient jdbc, RestrictionFilter restrictions) {
        this.jdbc = jdbc;
        this.restrictions = restrictions;
    }

    /** The candidates this user may be offered: a restricted record not naming them is never offered. */
    public List<Candidate> candidates(Described person, StaffMember viewer) {
        return restrictions.shown(viewer, "Possible matches", candidates(person), c -> c.person().id());
    }

    public List<Candidate> candidates(Described person) {
        List<PersonId> ids = person.dateOfBirth() == null && blank(person.postcode()) ? byNameAlone(person) : byBlocks(person);
        List<Candidate> scored = new ArrayList<>();
        for (PersonSummary summary : PersonSearch.summaries(jdbc, ids)) {
            double score = score(person, summary);
            if (score >= POSSIBLE) {
                scored.add(new Candidate(summary, score));
            }
        }
        scored.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return scored.stream().limit(CANDIDATES).toList();
    }

    /** Same-sounding surname or first name with the date of birth (or day and month swapped), or surname and postcode. */
    private List<PersonId> byBlocks(Described person) {
        LocalDate dob = person.dateOfBirth();
        String postcode = blank(person.postcode()) ? null : person.postcode().toUpperCase(Locale.ROOT).replace(" ", "");
        return jdbc.sql("""
                SELECT id FROM person WHERE surname_sound = dmetaphone(:surname)
                    AND date_of_birth IN (CAST(:dob AS date), CAST(:swapped AS date))
                UNION
                SELECT id FROM person WHERE forename_sound = dmetaphone(split_part(:forenames, ' ', 1))
                    AND date_of_birth IN (CAST(:dob AS date), CAST(:swapped AS date))
                UNION
                SELECT p.id FROM person p JOIN person_address pa ON pa.person_id = p.id
                    JOIN address a ON a.id = pa.address_id
                WHERE CAST(:postcode AS text) IS NOT NULL AND a.postcode_key = :postcode
                    AND p.surname_sound = dmetaphone(:surname)
                LIMIT 200""")
                .param("surname", person.surname()).param("forenames", person.forenames()).param("dob", dob)
                .param("swapped", dob == null ? null : PersonSearch.swapDayAndMonth(dob)).param("postcode", postcode)
                .query(UUID.class).list().stream().map(PersonId::new).toList();
    }

    /**
     * With nothing but a name: first name and surname that sound the same, either way round.
     * An indexed lookup, where a trigram scan of a million names takes a tenth of a second.
     */
    private List<PersonId> byNameAlone(Described person) {
        return jdbc.sql("""
                SELECT id FROM person WHERE surname_sound = dmetaphone(:surname)
                    AND forename_sound = dmetaphone(split_part(:forenames, ' ', 1))
                UNION
                SELECT id FROM person WHERE surname_sound = dmetaphone(split_part(:forenames, ' ', 1))
                    AND forename_sound = dmetaphone(:surname)
                LIMIT 200""")
                .param("surname", person.surname()).param("forenames", person.forenames()).query(UUID.class).list()
                .stream().map(PersonId::new).toList();
    }

    /**
     * Name (either order, forgiving typos) counts for most; date of birth confirms or
     * contradicts (a swapped day and month nearly confirms); postcode adds a little. A name
     * alone, with neither date of birth nor postcode, stays below "likely": too many
     * children share a name.
     */
    static double score(Described d, PersonSummary p) {
        double name = Math.max(JaroWinkler.similarity(norm(d.forenames() + " " + d.surname()), norm(p.name())),
                JaroWinkler.similarity(norm(d.surname() + " " + d.forenames()), norm(p.name())));
        double surname = JaroWinkler.similarity(norm(d.surname()), norm(p.surname()));
        double birth = birthScore(d.dateOfBirth(), p.dateOfBirth());
        double place = d.postcode() == null || p.postcode() == null ? 0.5
                : norm(d.postcode()).replace(" ", "").equals(norm(p.postcode()).replace(" ", "")) ? 1 : 0;
        return 0.45 * name + 0.15 * surname + 0.3 * birth + 0.1 * place;
    }

    private static double birthScore(LocalDate described, LocalDate recorded) {
        if (described == null || recorded == null) {
            return 0.6;
        }
        if (described.equals(recorded)) {
            return 1;
        }
        if (recorded.equals(PersonSearch.swapDayAndMonth(described))) {
            return 0.85;
        }
        return described.getYear() == recorded.getYear() && described.getMonth() == recorded.getMonth() ? 0.4 : 0;
    }

    private static String norm(String value) {
        return value == null ? "" : java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^\\p{Alnum} ]", "").toLowerCase(Locale.ROOT).strip();
    }

    /** A person as another agency describes them. */
    public record Described(String forenames, String surname, LocalDate dateOfBirth, String postcode) {
    }

    public record Candidate(PersonSummary person, double score) {

        public boolean likely() {
            return score >= LIKELY;
        }

        public int percent() {
            return (int) Math.round(score * 100);
        }
    }
}

package hearth.people;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.bench.DescriptionNoise;
import hearth.demo.SmallCouncilTest;
import hearth.platform.PersonId;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Matching against a generated council whose people's true identities are known: each
 * sampled child is described again as another agency might (misspelt, nicknamed, day and
 * month swapped, date or postcode missing), and the candidates offered as likely matches
 * are scored for precision and recall.
 */
class PersonMatchingIntegrationTests extends SmallCouncilTest {

    static final int SAMPLE = 300;

    @Autowired PersonMatcher matcher;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    void generate() {
        council();
    }

    @Test
    void likelyMatchesAreRightAndFindAlmostEveryone() {
        Random random = new Random(11);
        List<Truth> truths = jdbc.sql("""
                SELECT p.id, p.forenames, p.surname, p.date_of_birth, a.postcode
                FROM person p
                LEFT JOIN person_address pa ON pa.person_id = p.id AND pa.moved_out IS NULL
                LEFT JOIN address a ON a.id = pa.address_id
                WHERE p.kind = 'CHILD' AND p.date_of_birth IS NOT NULL ORDER BY md5(p.id::text) LIMIT :n""")
                .param("n", SAMPLE).query(Truth.class).list();
        int truePositives = 0;
        int falsePositives = 0;
        for (Truth truth : truths) {
            List<PersonMatcher.Candidate> likely = matcher.candidates(DescriptionNoise.of(truth.forenames(), truth.surname(),
                    truth.dateOfBirth(), truth.postcode(), random)).stream()
                    .filter(PersonMatcher.Candidate::likely).toList();
            boolean found = likely.stream().anyMatch(c -> c.person().id().equals(truth.id()));
            truePositives += found ? 1 : 0;
            // The index holds some children twice (as real ones do): offering the other record is right.
            falsePositives += (int) likely.stream().filter(c -> !c.person().id().equals(truth.id()))
                    .filter(c -> !sameChildRecordedTwice(truth, c.person())).count();
        }
        double precision = truePositives / (double) Math.max(1, truePositives + falsePositives);
        double recall = truePositives / (double) truths.size();
        System.out.printf("matching: sample=%d precision=%.3f recall=%.3f f1=%.3f%n", truths.size(), precision, recall,
                2 * precision * recall / (precision + recall));
        assertThat(precision).isGreaterThanOrEqualTo(0.9);
        assertThat(recall).isGreaterThanOrEqualTo(0.9);
    }

    private static boolean sameChildRecordedTwice(Truth truth, PersonSummary other) {
        return truth.surname().equals(other.surname()) && truth.dateOfBirth().equals(other.dateOfBirth());
    }

    record Truth(PersonId id, String forenames, String surname, LocalDate dateOfBirth, String postcode) {
    }
}

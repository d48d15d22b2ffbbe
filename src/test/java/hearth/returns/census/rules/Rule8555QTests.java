package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.child;
import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.person;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8555QTests {

    private final Rule8555Q rule = new Rule8555Q();

    @Test
    void aReferralOnTheDayOfDeathPasses() {
        assertThat(reported(rule, person("C1", "2015-06-01", null, "2025-06-02", episode().referred("2025-06-02")))).isEmpty();
    }

    @Test
    void aReferralAfterTheDeathIsReported() {
        assertThat(reported(rule, person("C1", "2015-06-01", null, "2025-06-01", episode().referred("2025-06-02")),
                person("C2", "2015-06-01", null, null, episode().referred("2025-06-02")))).containsExactly("C1");
    }

    @Test
    void childrenSharingAnIdAreComparedAsOneAsTheValidatorJoinsThem() {
        assertThat(reported(rule, person("C1", "2015-06-01", null, "2025-06-01", episode().referred("2025-05-01")),
                child("C1", episode().referred("2025-06-02")))).containsExactly("C1");
    }
}

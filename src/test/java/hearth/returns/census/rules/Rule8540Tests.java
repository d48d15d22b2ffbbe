package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import hearth.returns.census.CensusExamples;
import hearth.returns.census.CensusFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8540Tests {

    private final Rule8540 rule = new Rule8540();

    @Test
    void aValidDisabilityPasses() {
        assertThat(reported(rule, disabled("C1", List.of("NONE")), disabled("C2", List.of("MOB", "AUT")))).isEmpty();
    }

    @Test
    void aMissingOrInvalidDisabilityIsNotReportedAsTheValidatorDropsIt() {
        assertThat(reported(rule, disabled("C1", List.of()), disabled("C2", List.of("mob")))).isEmpty();
    }

    private static CensusFile.Child disabled(String id, List<String> disabilities) {
        return new CensusFile.Child(CensusExamples.identifiers(id), new CensusFile.Characteristics("WBRI", disabilities),
                List.of(episode().build()), null);
    }
}

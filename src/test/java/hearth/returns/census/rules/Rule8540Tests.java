package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import hearth.returns.census.CensusExamples;
import hearth.returns.census.CensusFile;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8540Tests {

    private final Rule8540 rule = new Rule8540();

    @Test
    void aValidDisabilityOrNoFurtherActionPasses() {
        assertThat(reported(rule, disabled("C1", List.of("NONE"), episode()),
                disabled("C2", List.of("MOB", "AUT"), episode()),
                disabled("C3", List.of(), episode().nfa("1")),
                disabled("C4", List.of())))
                .isEmpty();
    }

    @Test
    void aMissingOrInvalidDisabilityIsReported() {
        assertThat(reported(rule, disabled("C1", List.of(), episode()),
                disabled("C2", List.of("MOB", "mob"), episode().nfa("true"), episode().nfa("false")),
                disabled("C3", List.of(""), episode())))
                .containsExactly("C1", "C2", "C3");
    }

    @Test
    void aChildWithNoDateOfBirthIsNotChecked() {
        assertThat(reported(rule, new CensusFile.Child(
                new CensusFile.Identifiers("C1", null, null, "UN1", null, "2026-06-01", "F", null),
                new CensusFile.Characteristics("WBRI", List.of()), List.of(episode().build()), null))).isEmpty();
    }

    private static CensusFile.Child disabled(String id, List<String> disabilities, CensusShapes... episodes) {
        return new CensusFile.Child(CensusExamples.identifiers(id), new CensusFile.Characteristics("WBRI", disabilities),
                Arrays.stream(episodes).map(CensusShapes::build).toList(), null);
    }
}

package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import hearth.returns.census.CensusExamples;
import hearth.returns.census.CensusFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule4220Tests {

    private final Rule4220 rule = new Rule4220();

    @Test
    void anEthnicityOfTheTablePasses() {
        assertThat(reported(rule, withEthnicity("C1", "WBRI"), withEthnicity("C2", "REFU"))).isEmpty();
    }

    @Test
    void aMissingOrUnknownEthnicityIsReported() {
        assertThat(reported(rule, withEthnicity("C1", null), withEthnicity("C2", "wbri"), withEthnicity("C3", "NOBT"),
                withEthnicity("C4", "XXXX"))).containsExactly("C1", "C2", "C4");
    }

    private static CensusFile.Child withEthnicity(String id, String ethnicity) {
        return new CensusFile.Child(CensusExamples.identifiers(id), new CensusFile.Characteristics(ethnicity, List.of("NONE")),
                List.of(episode().build()), null);
    }
}

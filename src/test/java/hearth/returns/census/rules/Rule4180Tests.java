package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusShapes.episode;
import static hearth.returns.census.rules.CensusShapes.reported;
import static org.assertj.core.api.Assertions.assertThat;

import hearth.returns.census.CensusExamples;
import hearth.returns.census.CensusFile;
import org.junit.jupiter.api.Test;

class Rule4180Tests {

    private final Rule4180 rule = new Rule4180();

    @Test
    void mFAndUPass() {
        assertThat(reported(rule, withSex("C1", "M"), withSex("C2", "F"), withSex("C3", "U"))).isEmpty();
    }

    @Test
    void aMissingOrOtherSexIsReported() {
        assertThat(reported(rule, withSex("C1", null), withSex("C2", "f"), withSex("C3", "X"), withSex("C4", "M")))
                .containsExactly("C1", "C2", "C3");
    }

    private static CensusFile.Child withSex(String id, String sex) {
        return CensusExamples.child(new CensusFile.Identifiers(id, null, null, "UN1", "2015-06-01", null, sex, null),
                episode().build());
    }
}

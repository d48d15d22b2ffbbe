package hearth.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.returns.census.CensusExamples;
import hearth.returns.census.CensusFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule2888QTests {

    private final Rule2888Q rule = new Rule2888Q();

    @Test
    void aChildWithTwoCodesOrAReturnWithOnlyNonePasses() {
        assertThat(CensusExamples.breaches(rule, file(List.of(List.of("HAND"), List.of("HAND", "HEAR"))))).isEmpty();
        assertThat(CensusExamples.breaches(rule, file(List.of(List.of("NONE"), List.of())))).isEmpty();
    }

    @Test
    void noChildWithMoreThanOneCodeIsQueried() {
        assertThat(CensusExamples.breaches(rule, file(List.of(List.of("HAND"), List.of("HEAR", "NONE"),
                Collections.nCopies(1, ""))))).containsExactly((String) null);
    }

    /** One child for each list of disability codes. */
    private static CensusFile file(List<List<String>> disabilities) {
        List<CensusFile.Child> children = new ArrayList<>();
        for (List<String> codes : disabilities) {
            children.add(new CensusFile.Child(CensusExamples.identifiers("C" + children.size()),
                    new CensusFile.Characteristics("WBRI", codes), List.of(CensusExamples.episode()), null));
        }
        return new CensusFile(CensusExamples.header(), children);
    }
}

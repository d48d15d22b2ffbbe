package hearth.returns.census.rules;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.returns.census.CensusExamples;
import hearth.returns.census.CensusFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule2887QTests {

    private final Rule2887Q rule = new Rule2887Q();

    @Test
    void eightNoneEntriesPass() {
        assertThat(CensusExamples.breaches(rule, file(Collections.nCopies(8, List.of("NONE"))))).isEmpty();
    }

    @Test
    void sevenNoneEntriesAreQueried() {
        List<List<String>> codes = new ArrayList<>(Collections.nCopies(7, List.of("NONE")));
        codes.add(List.of("HAND", "HEAR"));

        assertThat(CensusExamples.breaches(rule, file(codes))).containsExactly((String) null);
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

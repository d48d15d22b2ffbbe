package hearth.returns.census.rules;

import static hearth.returns.census.CensusExamples.characteristics;
import static hearth.returns.census.CensusExamples.episode;
import static hearth.returns.census.CensusExamples.identifiers;
import static org.assertj.core.api.Assertions.assertThat;

import hearth.returns.census.CensusExamples;
import hearth.returns.census.CensusFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule2886QTests {

    private final Rule2886Q rule = new Rule2886Q();

    @Test
    void twoPercentWithNoSexRecordedPasses() {
        List<CensusFile.Child> children = children(100, 2);

        assertThat(CensusExamples.breaches(rule, new CensusFile(CensusExamples.header(), children))).isEmpty();
    }

    @Test
    void moreThanTwoPercentIsQueriedUnbornChildrenApart() {
        List<CensusFile.Child> children = new ArrayList<>(children(100, 3));
        assertThat(CensusExamples.breaches(rule, new CensusFile(CensusExamples.header(), children)))
                .containsExactly((String) null);

        children.set(0, child(new CensusFile.Identifiers("U1", null, null, "UN1", null, "2026-05-01", null, null)));
        assertThat(CensusExamples.breaches(rule, new CensusFile(CensusExamples.header(), children))).isEmpty();
    }

    /** {@code unrecorded} of {@code total} children have no sex, absent or U. */
    private static List<CensusFile.Child> children(int total, int unrecorded) {
        List<CensusFile.Child> children = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            String sex = i >= unrecorded ? "F" : i % 2 == 0 ? "U" : null;
            CensusFile.Identifiers clean = identifiers("C" + i);
            children.add(child(new CensusFile.Identifiers(clean.laChildId(), null, null, "UN1",
                    clean.personBirthDate(), null, sex, null)));
        }
        return children;
    }

    private static CensusFile.Child child(CensusFile.Identifiers identifiers) {
        return new CensusFile.Child(identifiers, characteristics(), List.of(episode()), null);
    }
}

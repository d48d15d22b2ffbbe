package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;
import hearth.returns.census.CensusExamples;
import hearth.returns.census.CensusFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8794Tests {

    private final Rule8794 rule = new Rule8794();

    @Test
    void aDisabilityCodeRepeatedExactlyFailsButEmptyEntriesAndOtherCasesDoNot() {
        assertThat(breaches(rule,
                disabled("DIFFERENT", "HAND", "HEAR"),
                disabled("CASES", "HAND", "hand"),
                disabled("EMPTY", "", ""),
                disabled("TWICE", "HAND", "HEAR", "HAND")))
                .containsExactly("TWICE");
    }

    private static CensusFile.Child disabled(String id, String... disabilities) {
        return new CensusFile.Child(CensusExamples.identifiers(id), new CensusFile.Characteristics("WBRI", List.of(disabilities)),
                List.of(episode().build()), null);
    }
}

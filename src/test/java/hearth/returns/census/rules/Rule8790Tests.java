package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;
import hearth.returns.census.CensusExamples;
import hearth.returns.census.CensusFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8790Tests {

    private final Rule8790 rule = new Rule8790();

    @Test
    void noneStandsAloneInAnyCaseAndAnEmptyEntryBesideItCountsAsAnother() {
        assertThat(breaches(rule,
                disabled("NONE", "NONE"),
                disabled("HAND", "HAND", "HEAR"),
                disabled("NONE_AND_HAND", "NONE", "HAND"),
                disabled("LOWER_NONE_AND_EMPTY", "none", "")))
                .containsExactly("NONE_AND_HAND", "LOWER_NONE_AND_EMPTY");
    }

    private static CensusFile.Child disabled(String id, String... disabilities) {
        return new CensusFile.Child(CensusExamples.identifiers(id), new CensusFile.Characteristics("WBRI", List.of(disabilities)),
                List.of(episode().build()), null);
    }
}

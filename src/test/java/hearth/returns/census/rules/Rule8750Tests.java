package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;
import hearth.returns.census.CensusFile;
import org.junit.jupiter.api.Test;

class Rule8750Tests {

    private final Rule8750 rule = new Rule8750();

    @Test
    void anUnbornChildWithSexUPassesAndOneWithAnotherOrNoSexFails() {
        assertThat(breaches(rule,
                child(unborn("U_SEX", "U")),
                child(unborn("F_SEX", "F")),
                child(unborn("NO_SEX", null)),
                child(new CensusFile.Identifiers("BORN", null, null, "UN1", "2025-01-01", "2025-01-02", "F", null))))
                .containsExactly("F_SEX", "NO_SEX");
    }

    private static CensusFile.Identifiers unborn(String id, String sex) {
        return new CensusFile.Identifiers(id, null, null, "UN1", null, "2026-05-01", sex, null);
    }
}

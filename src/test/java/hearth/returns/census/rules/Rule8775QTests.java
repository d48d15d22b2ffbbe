package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;
import static hearth.returns.census.rules.EpisodeDraft.identifiers;

import org.junit.jupiter.api.Test;

class Rule8775QTests {

    private final Rule8775Q rule = new Rule8775Q();

    @Test
    void aChildOver25FailsWhenAnEpisodeIsOpenOrClosedAfterTheirTwentyFifthBirthday() {
        assertThat(breaches(rule,
                child(identifiers("YOUNG", "2005-01-01", null, "UN1", "F", null), episode()),
                child(identifiers("CLOSED_IN_TIME", "2000-06-01", null, "UN1", "F", null),
                        episode().referred("2025-04-02").closed("2025-05-01", "RC1")),
                child(identifiers("OPEN", "2000-06-01", null, "UN1", "F", null), episode()),
                child(identifiers("CLOSED_LATE", "2000-06-01", null, "UN1", "F", null),
                        episode().closed("2025-06-02", "RC1")),
                child(identifiers("NO_EPISODE", "2000-06-01", null, "UN1", "F", null))))
                .containsExactly("OPEN", "CLOSED_LATE");
    }
}

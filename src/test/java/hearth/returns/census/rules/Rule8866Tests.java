package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;
import hearth.reference.CodeLists;
import org.junit.jupiter.api.Test;

class Rule8866Tests {

    private final Rule8866 rule = new Rule8866(new CodeLists());

    @Test
    void aReferralSinceApril2013NeedsASourceFromTheList() {
        assertThat(breaches(rule,
                child("LISTED", episode().source("10")),
                child("OLD", episode().referred("2013-03-31").source(null)),
                child("UNLISTED", episode().source("1a")),
                child("MISSING", episode().referred("2013-04-01").source(null))))
                .containsExactly("UNLISTED", "MISSING");
    }
}

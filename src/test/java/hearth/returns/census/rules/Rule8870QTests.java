package hearth.returns.census.rules;

import static hearth.returns.census.rules.EpisodeDraft.breaches;
import static hearth.returns.census.rules.EpisodeDraft.child;
import static hearth.returns.census.rules.EpisodeDraft.episode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rule8870QTests {

    private final Rule8870Q rule = new Rule8870Q();

    @Test
    void aWeekendTargetIsReportedOnlyWhenWrittenDayMonthYearAsTheValidatorReadsIt() {
        assertThat(breaches(rule,
                child("WEEKDAY", episode().enquiry("2025-06-03", "09-06-2025", null, "0")),
                child("ISO_SATURDAY", episode().enquiry("2025-06-03", "2025-06-07", null, "0")),
                child("SATURDAY", episode().enquiry("2025-06-03", "07-06-2025", null, "0")),
                child("SHORT_SUNDAY", episode().enquiry("2025-06-03", "8-6-2025", null, "0")),
                child("NO_SUCH_DAY", episode().enquiry("2025-06-03", "31-06-2025", null, "0"))))
                .containsExactly("SATURDAY", "SHORT_SUNDAY");
    }
}

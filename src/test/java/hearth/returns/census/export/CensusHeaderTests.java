package hearth.returns.census.export;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.returns.census.CensusYear;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The census header's DateTime is an xs:dateTime, which must have its seconds, even when they are 00. */
class CensusHeaderTests {

    @Test
    void anExportMadeOnTheMinuteStillWritesItsSeconds() {
        Clock onTheMinute = Clock.fixed(Instant.parse("2026-04-20T08:15:00Z"), ZoneOffset.UTC);
        CensusExport export = new CensusExport(null, null, List.of(), null, onTheMinute, "873");

        // 08:15 UTC is 09:15 in London in British Summer Time.
        assertThat(export.header(new CensusYear(2026, null)).dateTime()).isEqualTo("2026-04-20T09:15:00");
    }
}

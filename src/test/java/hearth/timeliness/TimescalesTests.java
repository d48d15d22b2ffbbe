package hearth.timeliness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class TimescalesTests {

    private static final Instant TUESDAY_1_DECEMBER = LocalDateTime.of(2026, 12, 1, 10, 0)
            .atZone(WorkingCalendar.LONDON).toInstant();

    @Test
    void aStatutoryTimescaleSetLongerThanTheLawAllowsIsRefusedNamingThePropertyTheValueAndTheMaximum() {
        MockEnvironment longer = new MockEnvironment().withProperty("hearth.timescales.initial-conference", "20");
        assertThatThrownBy(() -> new Timescales(longer, new WorkingCalendar()))
                .isInstanceOf(Timescales.TimescaleRefused.class)
                .hasMessageContaining("hearth.timescales.initial-conference=20")
                .hasMessageContaining("20 working days")
                .hasMessageContaining("statutory maximum of 15 working days")
                .hasMessageContaining("may only be shortened");
    }

    @Test
    void aStatutoryTimescaleMayBeShortened() {
        Timescales shorter = new Timescales(new MockEnvironment()
                .withProperty("hearth.timescales.initial-conference", "10"), new WorkingCalendar());
        assertThat(shorter.length(ClockKind.INITIAL_CONFERENCE)).isEqualTo(10);
        // Ten working days from Tuesday 1 December 2026 is Tuesday 15 December, at the close of the day.
        assertThat(shorter.dueAfter(ClockKind.INITIAL_CONFERENCE, TUESDAY_1_DECEMBER).atZone(WorkingCalendar.LONDON)
                .toLocalDate()).isEqualTo(java.time.LocalDate.of(2026, 12, 15));
    }

    @Test
    void aLocalTimescaleMayBeLengthenedButNotSetToNothing() {
        Timescales longer = new Timescales(new MockEnvironment().withProperty("hearth.timescales.core-group", "8"),
                new WorkingCalendar());
        assertThat(longer.length(ClockKind.CORE_GROUP)).isEqualTo(8);
        MockEnvironment zero = new MockEnvironment().withProperty("hearth.timescales.case-transfer", "0");
        assertThatThrownBy(() -> new Timescales(zero, new WorkingCalendar()))
                .hasMessageContaining("hearth.timescales.case-transfer=0");
    }

    @Test
    void everyStatutoryTimescaleOfWorkingTogetherIsMarkedStatutoryAndLocalPracticeLocal() {
        assertThat(ClockKind.INITIAL_CONFERENCE.statutory()).isTrue();
        assertThat(ClockKind.CHILD_AND_FAMILY_ASSESSMENT.statutory()).isTrue();
        assertThat(ClockKind.CONTACT_DECISION.statutory()).isTrue();
        assertThat(ClockKind.CORE_GROUP.statutory()).isFalse();
        assertThat(ClockKind.CONTACT_RED_PRIORITY.statutory()).isFalse();
        assertThat(ClockKind.POLICE_NOTIFICATION_DECISION.property())
                .isEqualTo("hearth.timescales.police-notification-decision");
    }

    @Test
    void aRedContactIsDueFourWorkingHoursAfterItArrives() {
        Timescales defaults = new Timescales(new MockEnvironment(), new WorkingCalendar());
        assertThat(defaults.dueAfter(ClockKind.CONTACT_RED_PRIORITY, TUESDAY_1_DECEMBER))
                .isEqualTo(LocalDateTime.of(2026, 12, 1, 14, 0).atZone(WorkingCalendar.LONDON).toInstant());
    }
}

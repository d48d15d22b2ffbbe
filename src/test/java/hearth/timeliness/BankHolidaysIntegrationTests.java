package hearth.timeliness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.childprotection.EnquiryId;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;

@HearthTest
class BankHolidaysIntegrationTests {

    @Autowired FixtureCouncil fixtures;
    @Autowired BankHolidays holidays;
    @Autowired Clocks clocks;
    @Autowired WorkingCalendar calendar;

    @Test
    void aProclaimedBankHolidayMovesOpenClocksAtOnceAndRemovingItMovesThemBack() {
        FixtureCouncil.Council council = fixtures.create();
        PersonId child = fixtures.allocatedChild(council);
        StaffMember admin = council.user(Role.SYSTEM_ADMINISTRATOR);
        ClockSubject ref = ClockSubject.enquiry(new EnquiryId(UUID.randomUUID()));
        // Tuesday 1 December 2026: ten working days later is Tuesday 15 December.
        clocks.start(child, ClockKind.FIRST_CORE_GROUP, ref, london(2026, 12, 1, 10));
        LocalDate proclaimed = LocalDate.of(2026, 12, 8);
        try {
            assertThat(holidays.add(proclaimed, "Bank holiday for a royal event", admin)).isPositive();
            assertThat(calendar.isWorkingDay(proclaimed)).isFalse();
            assertThat(clocks.dueAt(ClockKind.FIRST_CORE_GROUP, ref)).contains(london(2026, 12, 16, 17));
            assertThatThrownBy(() -> holidays.add(proclaimed, "Twice", admin)).isInstanceOf(InvalidInput.class);
            assertThatThrownBy(() -> holidays.add(LocalDate.of(2026, 12, 12), "A Saturday", admin))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).containsKey("day"));
        } finally {
            holidays.remove(proclaimed, admin);
        }
        assertThat(clocks.dueAt(ClockKind.FIRST_CORE_GROUP, ref)).contains(london(2026, 12, 15, 17));
    }

    @Test
    void aCouncilSetsItsOwnLocalTimescale() {
        Timescales local = new Timescales(new MockEnvironment().withProperty("hearth.timescales.core-group", "4"),
                new WorkingCalendar());
        assertThat(local.dueAfter(ClockKind.CORE_GROUP, london(2026, 9, 10, 12))).isEqualTo(london(2026, 10, 8, 17));
        assertThat(local.dueAfter(ClockKind.OUT_OF_HOURS_HANDOVER, london(2026, 12, 24, 22)))
                .as("Christmas and Boxing Day are skipped; Boxing Day 2026 is a Saturday, so the 28th is a holiday")
                .isEqualTo(london(2026, 12, 29, 10));
    }

    private static Instant london(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(WorkingCalendar.LONDON).toInstant();
    }
}

package hearth.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.platform.PersonId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * After a save the new entry is listed first: entries of the same day are listed latest
 * recorded first, as visits, supervision, the chronology and plan meetings already are.
 */
@HearthTest
class NewestFirstIntegrationTests {

    @Autowired FixtureCouncil fixtures;
    @Autowired Oversight oversight;
    @Autowired Engagement engagement;

    @Test
    void aSecondDirectionOnTheSameDayIsListedFirst() {
        FixtureCouncil.Council council = fixtures.create();
        PersonId child = fixtures.allocatedChild(council);
        StaffMember manager = council.user(Role.TEAM_MANAGER);
        LocalDate today = LocalDate.now();
        for (String direction : new String[] {"First direction", "Second direction", "Third direction"}) {
            oversight.record(child, today, direction, manager);
        }

        assertThat(oversight.of(child)).extracting(Oversight.Direction::direction)
                .containsExactly("Third direction", "Second direction", "First direction");
    }

    @Test
    void aSecondMissedAppointmentOnTheSameDayIsListedFirst() {
        FixtureCouncil.Council council = fixtures.create();
        PersonId child = fixtures.allocatedChild(council);
        StaffMember worker = council.user(Role.SOCIAL_WORKER);
        LocalDate today = LocalDate.now();
        for (String notes : new String[] {"Morning", "Afternoon", "Evening"}) {
            engagement.record(child, Engagement.Kind.MISSED_APPOINTMENT, "Mother", today, notes, worker);
        }

        assertThat(engagement.of(child)).extracting(Engagement.Event::notes)
                .containsExactly("Evening", "Afternoon", "Morning");
    }
}

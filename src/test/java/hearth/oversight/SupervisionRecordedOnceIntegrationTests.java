package hearth.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.Race;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.chronology.Chronology;
import hearth.platform.PersonId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A supervision form posted twice (a double click, a resend after a time-out) records one supervision. */
@HearthTest
class SupervisionRecordedOnceIntegrationTests {

    @Autowired FixtureCouncil fixtures;
    @Autowired Supervisions supervisions;
    @Autowired Chronology chronology;

    PersonId child;
    StaffMember worker;
    StaffMember manager;

    @BeforeEach
    void council() {
        FixtureCouncil.Council council = fixtures.create();
        child = fixtures.allocatedChild(council);
        worker = council.user(Role.SOCIAL_WORKER);
        manager = council.user(Role.TEAM_MANAGER);
    }

    @Test
    void aSupervisionPostedTwiceAtOnceIsRecordedOnceWithItsActionsOnce() {
        UUID form = UUID.randomUUID();
        SupervisionRecord record = new SupervisionRecord(worker.id(), LocalDate.now(), "Mother engaging", "Father's return",
                "I miss my dad", "Continue the plan", List.of(new SupervisionRecord.NewAction("See Amira alone",
                "Social worker", LocalDate.now().plusWeeks(2))), Map.of());
        Set<UUID> made = ConcurrentHashMap.newKeySet();

        Race.twice(() -> made.add(supervisions.record(child, record, manager, form))).bothSucceed();

        assertThat(made).hasSize(1);
        assertThat(supervisions.of(child)).hasSize(1);
        assertThat(supervisions.openActions(child)).hasSize(1);
        assertThat(chronology.entries(child, new Chronology.Filter("Supervision", null, null))).hasSize(1);
        assertThat(supervisions.record(child, record, manager, form)).as("a resend later")
                .isEqualTo(made.iterator().next());
        assertThat(supervisions.of(child)).hasSize(1);
    }
}

package hearth.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.AccessDenied;
import hearth.access.Role;
import hearth.access.StaffMember;
import hearth.chronology.Chronology;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@HearthTest
class OversightIntegrationTests {

    @Autowired FixtureCouncil fixtures;
    @Autowired Supervisions supervisions;
    @Autowired Oversight oversight;
    @Autowired Engagement engagement;
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
    void supervisionActionsShowOnTheCaseAndMustBeCheckedAtTheNextSupervision() {
        LocalDate today = LocalDate.now();
        supervisions.record(child, record(today.minusWeeks(4), List.of(new SupervisionRecord.NewAction(
                "Visit and see Amira alone", "Social worker", today.minusWeeks(3))), Map.of()), manager);
        List<Supervisions.Action> open = supervisions.openActions(child);
        assertThat(open).extracting(Supervisions.Action::action).containsExactly("Visit and see Amira alone");
        assertThatThrownBy(() -> supervisions.record(child, record(today, List.of(), Map.of()), manager))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .containsKey("check-" + open.get(0).id()));
        supervisions.record(child, record(today, List.of(), Map.of(open.get(0).id(),
                new SupervisionRecord.ActionCheck(true, "Seen alone on Tuesday"))), manager);
        assertThat(supervisions.openActions(child)).isEmpty();
        assertThat(supervisions.of(child).get(0).actionsDone()).isEqualTo(1);
    }

    @Test
    void supervisionNeedsAManagerTheChildsPerspectiveAndDecisions() {
        assertThatThrownBy(() -> supervisions.record(child, new SupervisionRecord(worker.id(), LocalDate.now(), null,
                null, " ", null, List.of(), Map.of()), worker)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> supervisions.record(child, new SupervisionRecord(worker.id(), LocalDate.now(), null,
                null, " ", null, List.of(), Map.of()), manager))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .containsKeys("childWouldSay", "decisions"));
    }

    @Test
    void aManagersDirectionGoesOnTheChronology() {
        oversight.record(child, LocalDate.now(), "Hold a strategy discussion today", manager);
        assertThat(chronology.entries(child, new Chronology.Filter("Management oversight", null, null)))
                .extracting(Chronology.Entry::summary).containsExactly("Hold a strategy discussion today");
        assertThatThrownBy(() -> oversight.record(child, LocalDate.now(), "A worker cannot", worker))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void repeatedNonEngagementPromptsEscalation() {
        LocalDate today = LocalDate.now();
        engagement.record(child, Engagement.Kind.MISSED_APPOINTMENT, "Mother", today.minusDays(40), null, worker);
        engagement.record(child, Engagement.Kind.NO_ACCESS, "Mother", today.minusDays(20), "No answer", worker);
        assertThat(engagement.escalationPrompt(child)).isEmpty();
        engagement.record(child, Engagement.Kind.REFUSED_VISIT, "Mother's partner", today.minusDays(2), null, worker);
        assertThat(engagement.escalationPrompt(child)).get().asString().contains("consider escalation");
        assertThat(engagement.escalating(List.of(child, new PersonId(UUID.randomUUID())))).containsOnlyKeys(child).containsValue(3L);
    }

    private SupervisionRecord record(LocalDate on, List<SupervisionRecord.NewAction> actions,
                                     Map<UUID, SupervisionRecord.ActionCheck> checks) {
        return new SupervisionRecord(worker.id(), on, "Mother engaging with the nursery", "Father's return",
                "I miss my dad but I don't want the shouting", "Continue the plan; review contact", actions, checks);
    }
}

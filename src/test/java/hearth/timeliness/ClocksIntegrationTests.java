package hearth.timeliness;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.casework.TransferId;
import hearth.childprotection.EnquiryId;
import hearth.planning.PlanId;
import hearth.platform.PersonId;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

@HearthTest
class ClocksIntegrationTests {

    @Autowired FixtureCouncil fixtures;
    @Autowired Clocks clocks;
    @Autowired Timescales timescales;
    @Autowired Recomputation recomputation;
    @Autowired WorkingCalendar calendar;
    @Autowired JdbcClient jdbc;

    PersonId child;

    @BeforeEach
    void child() {
        child = fixtures.allocatedChild(fixtures.create());
    }

    @Test
    void aTypedSubjectMeetsOnlyTheClockItNames() {
        ClockSubject first = ClockSubject.enquiry(new EnquiryId(UUID.randomUUID()));
        ClockSubject second = ClockSubject.enquiry(new EnquiryId(UUID.randomUUID()));
        clocks.start(child, ClockKind.INITIAL_CONFERENCE, first, london(2026, 12, 1, 10));
        clocks.start(child, ClockKind.INITIAL_CONFERENCE, second, london(2026, 12, 1, 11));
        clocks.complete(ClockKind.INITIAL_CONFERENCE, first, london(2026, 12, 10, 12));
        assertThat(of(first).status()).isEqualTo(ClockStatus.MET);
        assertThat(of(second).status()).isEqualTo(ClockStatus.OPEN);
        assertThat(of(first).state(clocks.now())).isEqualTo(Clocks.State.MET);
    }

    @Test
    void aPlansClocksAreCancelledTogetherWhateverTheirNumberAndNoOtherPlansAre() {
        PlanId plan = new PlanId(UUID.randomUUID());
        PlanId otherPlan = new PlanId(UUID.randomUUID());
        clocks.start(child, ClockKind.CORE_GROUP, ClockSubject.plan(plan, 2), london(2026, 12, 1, 10));
        clocks.start(child, ClockKind.CHILD_PROTECTION_VISIT, ClockSubject.plan(plan, 7), london(2026, 12, 1, 10));
        clocks.start(child, ClockKind.CORE_GROUP, ClockSubject.plan(otherPlan, 2), london(2026, 12, 1, 10));
        clocks.cancelAllOf(ClockSubject.Type.PLAN, plan);
        assertThat(of(ClockSubject.plan(plan, 2)).status()).isEqualTo(ClockStatus.CANCELLED);
        assertThat(of(ClockSubject.plan(plan, 7)).status()).isEqualTo(ClockStatus.CANCELLED);
        assertThat(of(ClockSubject.plan(otherPlan, 2)).status()).isEqualTo(ClockStatus.OPEN);
    }

    @Test
    void aCancelledClockIsKeptWithItsStatusAndCountedAsCancelledNotMet() {
        Instant since = clocks.now().minusSeconds(60);
        Clocks.Timeliness before = figuresFor(ClockKind.CASE_TRANSFER, since);
        ClockSubject transfer = ClockSubject.transfer(new TransferId(UUID.randomUUID()));
        clocks.start(child, ClockKind.CASE_TRANSFER, transfer, clocks.now());
        clocks.cancel(ClockKind.CASE_TRANSFER, transfer);
        Clocks.Due cancelled = of(transfer);
        assertThat(cancelled.status()).isEqualTo(ClockStatus.CANCELLED);
        assertThat(cancelled.isOpen()).isFalse();
        assertThat(cancelled.completedAt()).isNull();
        assertThat(cancelled.cancelledAt()).isNotNull();
        assertThat(cancelled.state(clocks.now())).isEqualTo(Clocks.State.CANCELLED);
        assertThat(clocks.dueAt(ClockKind.CASE_TRANSFER, transfer)).as("a cancelled step is not due").isEmpty();
        Clocks.Timeliness after = figuresFor(ClockKind.CASE_TRANSFER, since);
        assertThat(after.cancelled()).isEqualTo(before.cancelled() + 1);
        assertThat(after.onTime()).isEqualTo(before.onTime());
        assertThat(after.late()).isEqualTo(before.late());
        assertThat(after.total()).isEqualTo(before.total());
    }

    @Test
    void aChangedLocalTimescaleMovesTheOpenClocksOfThatKindOnlyAndSaysHowManyMoved() {
        ClockSubject coreGroup = ClockSubject.plan(new PlanId(UUID.randomUUID()), 2);
        ClockSubject review = ClockSubject.plan(new PlanId(UUID.randomUUID()), 2);
        // Thursday 10 September 2026: six weeks later is 22 October, four weeks later 8 October.
        clocks.start(child, ClockKind.CORE_GROUP, coreGroup, london(2026, 9, 10, 12));
        clocks.start(child, ClockKind.CHILD_IN_NEED_REVIEW, review, london(2026, 9, 10, 12));
        Instant reviewDue = of(review).dueAt();
        long openCoreGroups = jdbc.sql("SELECT count(*) FROM clock WHERE kind = 'CORE_GROUP' AND status = 'OPEN'")
                .query(Long.class).single();
        Timescales fourWeeks = new Timescales(new MockEnvironment().withProperty("hearth.timescales.core-group", "4"),
                calendar);
        try {
            List<TimescaleChanges.Change> changes = new TimescaleChanges(fourWeeks, recomputation).apply();
            assertThat(changes).singleElement().satisfies(change -> {
                assertThat(change.kind()).isEqualTo(ClockKind.CORE_GROUP);
                assertThat(change.moved()).isEqualTo(openCoreGroups);
                assertThat(change.describe()).isEqualTo("Timescale core-group changed from 6 weeks to 4 weeks: "
                        + openCoreGroups + " open clocks moved");
            });
            assertThat(of(coreGroup).dueAt()).isEqualTo(london(2026, 10, 8, 17));
            assertThat(of(review).dueAt()).isEqualTo(reviewDue);
            assertThat(new TimescaleChanges(fourWeeks, recomputation).apply()).as("nothing left to move").isEmpty();
        } finally {
            new TimescaleChanges(timescales, recomputation).apply();
        }
        assertThat(of(coreGroup).dueAt()).isEqualTo(london(2026, 10, 22, 17));
    }

    private Clocks.Due of(ClockSubject subject) {
        return clocks.forPeople(List.of(child)).stream().filter(d -> d.subject().equals(subject)).findFirst()
                .orElseThrow();
    }

    private Clocks.Timeliness figuresFor(ClockKind kind, Instant since) {
        return clocks.timeliness(since).stream().filter(t -> t.kind() == kind).findFirst()
                .orElse(new Clocks.Timeliness(kind, 0, 0, 0, 0));
    }

    private static Instant london(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(WorkingCalendar.LONDON).toInstant();
    }
}

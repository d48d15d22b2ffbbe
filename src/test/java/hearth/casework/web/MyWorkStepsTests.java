package hearth.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.childprotection.EnquiryId;
import hearth.planning.PlanId;
import hearth.platform.London;
import hearth.platform.Page;
import hearth.platform.PersonId;
import hearth.timeliness.ClockKind;
import hearth.timeliness.ClockStatus;
import hearth.timeliness.ClockSubject;
import hearth.timeliness.Clocks;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MyWorkStepsTests {

    /** Wednesday 2 December 2026, 09:00 in London. */
    static final Instant NOW = at(2026, 12, 2, 9, 0);

    @Test
    void stepsFallIntoOverdueThisWeekToTheEndOfSundayAndLater() {
        List<MyWorkSteps.Step> steps = List.of(step(ClockKind.CHILD_IN_NEED_VISIT, at(2026, 12, 1, 17, 0)),
                step(ClockKind.CORE_GROUP, at(2026, 12, 6, 23, 59)), step(ClockKind.CORE_GROUP, at(2026, 12, 7, 0, 0)),
                step(ClockKind.CHILD_AND_FAMILY_ASSESSMENT, at(2026, 12, 3, 12, 0)));

        List<MyWorkSteps.Grouped> groups = MyWorkSteps.grouped(MyWorkSteps.page(steps, null, 1), NOW);

        assertThat(groups).extracting(MyWorkSteps.Grouped::group).containsExactly(MyWorkSteps.Group.OVERDUE,
                MyWorkSteps.Group.THIS_WEEK, MyWorkSteps.Group.LATER);
        assertThat(groups.get(0).steps()).extracting(s -> s.due().dueAt()).containsExactly(at(2026, 12, 1, 17, 0));
        assertThat(groups.get(1).steps()).extracting(s -> s.due().dueAt())
                .containsExactly(at(2026, 12, 3, 12, 0), at(2026, 12, 6, 23, 59));
        assertThat(groups.get(2).steps()).extracting(s -> s.due().dueAt()).containsExactly(at(2026, 12, 7, 0, 0));
        assertThat(groups.get(1).count()).isEqualTo("2 steps");
        assertThat(groups.get(2).count()).isEqualTo("1 step");
    }

    @Test
    void aKindFiltersTheStepsAndFiftyAreShownAPage() {
        List<MyWorkSteps.Step> steps = IntStream.range(0, 53).mapToObj(i -> step(i % 2 == 0 ? ClockKind.CORE_GROUP
                : ClockKind.CHILD_IN_NEED_VISIT, NOW.plusSeconds(3600L * i))).toList();

        Page<MyWorkSteps.Step> second = MyWorkSteps.page(steps, null, 2);
        Page<MyWorkSteps.Step> visits = MyWorkSteps.page(steps, ClockKind.CHILD_IN_NEED_VISIT, 1);

        assertThat(second.total()).isEqualTo(53);
        assertThat(second.items()).hasSize(3);
        assertThat(visits.total()).isEqualTo(26);
        assertThat(visits.items()).allMatch(s -> s.due().kind() == ClockKind.CHILD_IN_NEED_VISIT);
        assertThat(MyWorkSteps.kinds(steps)).containsEntry(ClockKind.CORE_GROUP, 27)
                .containsEntry(ClockKind.CHILD_IN_NEED_VISIT, 26);
    }

    @Test
    void eachStepOpensTheFormWhereItIsRecorded() {
        PersonId child = new PersonId(UUID.randomUUID());
        PlanId plan = new PlanId(UUID.randomUUID());
        EnquiryId enquiry = new EnquiryId(UUID.randomUUID());

        assertThat(StepForms.formOf(due(child, ClockKind.CORE_GROUP, ClockSubject.plan(plan, 2))))
                .isEqualTo("/children/" + child + "/plans#plan-" + plan);
        assertThat(StepForms.formOf(due(child, ClockKind.CHILD_PROTECTION_VISIT, ClockSubject.plan(plan, 3))))
                .isEqualTo("/children/" + child + "/visits");
        assertThat(StepForms.formOf(due(child, ClockKind.INITIAL_CONFERENCE, ClockSubject.enquiry(enquiry))))
                .isEqualTo("/children/" + child + "/child-protection#enquiry-" + enquiry);
    }

    private static MyWorkSteps.Step step(ClockKind kind, Instant due) {
        return new MyWorkSteps.Step("Child", "/", new Clocks.Due(new PersonId(UUID.randomUUID()), kind,
                ClockSubject.child(new PersonId(UUID.randomUUID())), NOW.minusSeconds(86_400), due, ClockStatus.OPEN, null, null), null);
    }

    private static Clocks.Due due(PersonId child, ClockKind kind, ClockSubject subject) {
        return new Clocks.Due(child, kind, subject, NOW, NOW.plusSeconds(3600), ClockStatus.OPEN, null, null);
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(London.ZONE).toInstant();
    }
}

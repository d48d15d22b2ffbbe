package hearth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.RecordRestrictions.Naming;
import hearth.platform.ConcurrentEdit;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@HearthTest
class RecordRestrictionsIntegrationTests {

    @Autowired FixtureCouncil fixtures;
    @Autowired RecordRestrictions restrictions;
    @Autowired CaseFileAccess access;
    @Autowired JdbcClient jdbc;

    FixtureCouncil.Council council;
    PersonId child;
    StaffMember manager;
    StaffMember worker;
    StaffMember head;

    @BeforeEach
    void council() {
        council = fixtures.create();
        child = fixtures.allocatedChild(council);
        manager = council.user(Role.TEAM_MANAGER);
        worker = council.user(Role.SOCIAL_WORKER);
        head = council.user(Role.HEAD_OF_SERVICE);
    }

    @Test
    void restrictingNeedsTheRestrictorNamedAndAReasonAndSaysEverythingWrongAtOnce() {
        assertThatThrownBy(() -> restrictions.restrict(child, " ", manager, new Naming(List.of(worker.id()), "nobody.here")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).containsOnlyKeys("named",
                        "reason", "add"));
        assertThat(restrictions.of(child)).isEmpty();
    }

    @Test
    void onlyATeamManagerOrHeadOfServiceWhoCanOpenTheRecordRestrictsIt() {
        assertThatThrownBy(() -> restrictions.restrict(child, "Staff relative", worker, List.of(worker.id())))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> restrictions.restrict(child, "Staff relative", council.user(Role.MASH_MANAGER),
                List.of(council.user(Role.MASH_MANAGER).id()))).isInstanceOf(AccessDenied.class);
        restrictions.restrict(child, "Staff relative", head, new Naming(List.of(head.id()), worker.username()));
        assertThat(restrictions.of(child)).get().satisfies(r -> assertThat(r.named())
                .containsExactlyInAnyOrder(head.id(), worker.id()));
        assertThat(access.decide(manager, child)).isEqualTo(CaseFileAccess.Decision.DENIED);
    }

    @Test
    void onlySomeoneNamedChangesWhoIsNamedOrLiftsItAndEachStepIsAuditedWithWhatChanged() {
        restrictions.restrict(child, "Relative of a member of staff", manager, List.of(manager.id(), worker.id()));
        assertThatThrownBy(() -> restrictions.change(child, 0, new Naming(List.of(head.id()), null), "Handover", head))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> restrictions.lift(child, 0, "No longer needed", head)).isInstanceOf(AccessDenied.class);

        restrictions.change(child, 0, new Naming(List.of(worker.id()), head.username()), "Head of service oversees", worker);
        assertThat(restrictions.of(child)).get().satisfies(r -> {
            assertThat(r.named()).containsExactlyInAnyOrder(worker.id(), head.id());
            assertThat(r.version()).isEqualTo(1);
        });
        assertThatThrownBy(() -> restrictions.lift(child, 1, "", head)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).containsOnlyKeys("liftReason"));
        restrictions.lift(child, 1, "The member of staff has left", head);
        assertThat(restrictions.of(child)).isEmpty();
        assertThat(access.decide(manager, child)).isEqualTo(CaseFileAccess.Decision.ALLOWED);

        assertThat(jdbc.sql("""
                SELECT action || ' | ' || detail || ' | ' || reason FROM audit_entry
                WHERE person_id = :p AND action LIKE '%RESTRICT%' ORDER BY id""").param("p", child)
                .query(String.class).list()).containsExactly(
                "RESTRICT_RECORD | Named: " + named(manager) + ", " + named(worker) + " | Relative of a member of staff",
                "CHANGE_RESTRICTION | Added: " + named(head) + "; removed: " + named(manager) + " | Head of service oversees",
                "LIFT_RESTRICTION | Were named: " + named(head) + ", " + named(worker) + " | The member of staff has left");
    }

    @Test
    void aChangeMadeFromAnOlderVersionIsRefusedNotOverwritten() {
        restrictions.restrict(child, "Relative of a member of staff", manager, List.of(manager.id(), worker.id()));
        restrictions.change(child, 0, new Naming(List.of(manager.id()), null), "Worker moved on", manager);
        assertThatThrownBy(() -> restrictions.change(child, 0, new Naming(List.of(manager.id(), head.id()), null),
                "Add oversight", manager)).isInstanceOf(ConcurrentEdit.class);
        assertThatThrownBy(() -> restrictions.lift(child, 0, "No longer needed", manager))
                .isInstanceOf(ConcurrentEdit.class);
        assertThat(restrictions.of(child)).get().satisfies(r -> assertThat(r.named()).containsExactly(manager.id()));
    }

    @Test
    void twoNamedPeopleChangingItAtTheSameInstantCannotBothWin() throws Exception {
        restrictions.restrict(child, "Relative of a member of staff", manager, List.of(manager.id(), worker.id()));
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (StaffMember who : List.of(manager, worker)) {
            outcomes.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                try {
                    restrictions.change(child, 0, new Naming(List.of(manager.id(), worker.id()), head.username()),
                            "Add the head of service", who);
                    return true;
                } catch (ConcurrentEdit lost) {
                    return false;
                }
            }));
        }
        ready.await();
        go.countDown();
        List<Boolean> won = new ArrayList<>();
        for (Future<Boolean> outcome : outcomes) {
            won.add(outcome.get());
        }
        pool.shutdown();
        assertThat(won).containsExactlyInAnyOrder(true, false);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE person_id = :p AND action = 'CHANGE_RESTRICTION'")
                .param("p", child).query(Integer.class).single()).isEqualTo(1);
    }

    private static String named(StaffMember member) {
        return member.displayName() + " (" + member.username() + ")";
    }
}

package hearth.access;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@HearthTest
class StaffDirectoryIntegrationTests {

    @Autowired Staff staff;
    @Autowired FixtureCouncil fixtures;

    @Test
    void manyUsersAreLookedUpAtOnceWithTheirTeamsLeavingOutIdsThatAreNotUsers() {
        FixtureCouncil.Council council = fixtures.create();
        StaffMember worker = council.user(Role.SOCIAL_WORKER);
        StaffMember hub = council.user(Role.MASH_PRACTITIONER);
        UUID nobody = UUID.randomUUID();

        Map<UUID, StaffMember> found = staff.findAll(Arrays.asList(worker.id(), hub.id(), worker.id(), nobody, null));

        assertThat(found).containsOnlyKeys(worker.id(), hub.id());
        assertThat(found.get(worker.id()).displayName()).isEqualTo("Social worker " + council.tag());
        assertThat(found.get(hub.id()).teamName()).isEqualTo("Front door " + council.tag());
    }

    @Test
    void lookingUpNoUsersAsksNothing() {
        assertThat(staff.findAll(java.util.List.of())).isEmpty();
    }
}

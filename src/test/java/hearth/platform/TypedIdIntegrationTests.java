package hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.FixtureCouncil;
import hearth.HearthTest;
import hearth.access.Role;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@HearthTest
class TypedIdIntegrationTests {

    private static final UUID KNOWN = UUID.fromString("0b3c9a52-6f1e-4a7d-9c2b-5e8f1d2a3b4c");

    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired MockMvc mvc;
    @Autowired FixtureCouncil fixtures;
    @Autowired UserDetailsService users;

    @Test
    void anIdGoesIntoSqlAsItsUuid() {
        PersonId id = new PersonId(KNOWN);
        assertThat(jdbc.sql("SELECT pg_typeof(:id)::text").param("id", id).query(String.class).single())
                .isEqualTo("uuid");
        assertThat(jdbc.sql("SELECT :id").param("id", id).query(UUID.class).single()).isEqualTo(KNOWN);
    }

    @Test
    void aListOfIdsGoesIntoSqlAsUuids() {
        List<PersonId> ids = List.of(new PersonId(KNOWN), new PersonId(UUID.randomUUID()));
        assertThat(jdbc.sql("SELECT count(*) FROM (VALUES (CAST(:known AS uuid))) v(id) WHERE v.id IN (:ids)")
                .param("known", KNOWN).param("ids", ids).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void jsonCarriesAnIdAsThePlainUuidString() {
        assertThat(json.writeValueAsString(Map.of("child", new PersonId(KNOWN))))
                .isEqualTo("{\"child\":\"0b3c9a52-6f1e-4a7d-9c2b-5e8f1d2a3b4c\"}");
    }

    @Test
    void aPageOrLinkShowsThePlainUuid() {
        assertThat(new PersonId(KNOWN)).hasToString("0b3c9a52-6f1e-4a7d-9c2b-5e8f1d2a3b4c");
    }

    @Test
    void textIsReadAsAnIdWithSurroundingSpaceIgnored() {
        assertThat(new TypedIds().getConverter(PersonId.class).convert(" 0b3c9a52-6f1e-4a7d-9c2b-5e8f1d2a3b4c "))
                .isEqualTo(new PersonId(KNOWN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-id", "0b3c9a52-6f1e-4a7d-9c2b", "'; DROP TABLE person; --"})
    void textThatIsNotAnIdIsRefused(String text) {
        assertThatThrownBy(() -> new TypedIds().getConverter(PersonId.class).convert(text))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonId.of(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMangledIdInAnAddressIsABadRequestNotAFault() throws Exception {
        FixtureCouncil.Council council = fixtures.create();
        mvc.perform(get("/children/not-an-id").with(user(users.loadUserByUsername(
                council.user(Role.SOCIAL_WORKER).username())))).andExpect(status().isBadRequest());
    }
}

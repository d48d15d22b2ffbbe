package hearth.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory of users and teams. */
@Service
public class Staff {

    private static final String MEMBER_SQL = """
            SELECT u.id, u.username, u.display_name, u.role, u.team_id, t.name AS team_name, u.organisation
            FROM staff_user u LEFT JOIN team t ON t.id = u.team_id
            """;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    Staff(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    public Optional<StaffMember> find(UUID id) {
        return jdbc.sql(MEMBER_SQL + " WHERE u.id = :id").param("id", id).query(Staff::member).optional();
    }

    /** Many users at once (one query), by id; ids that are not users are left out. */
    public Map<UUID, StaffMember> findAll(Collection<UUID> ids) {
        Set<UUID> distinct = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (distinct.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(MEMBER_SQL + " WHERE u.id IN (:ids)").param("ids", distinct).query(Staff::member).list()
                .stream().collect(Collectors.toMap(StaffMember::id, Function.identity()));
    }

    /** How a user is named on a page (who last changed a record); none for an id that is not a user. */
    public String nameOf(UUID id) {
        return find(id).map(StaffMember::displayName).orElse(null);
    }

    public Optional<StaffMember> findByUsername(String username) {
        return jdbc.sql(MEMBER_SQL + " WHERE u.username = :u").param("u", username).query(Staff::member).optional();
    }

    public List<StaffMember> members(UUID teamId) {
        return jdbc.sql(MEMBER_SQL + " WHERE u.team_id = :t ORDER BY u.display_name").param("t", teamId)
                .query(Staff::member).list();
    }

    /** Every user in a role, by name: the choice of chair on a conference form. */
    public List<StaffMember> withRole(Role role) {
        return jdbc.sql(MEMBER_SQL + " WHERE u.role = :role ORDER BY u.display_name, u.id").param("role", role.name())
                .query(Staff::member).list();
    }

    public List<Team> teams() {
        return jdbc.sql("SELECT id, name, kind, manager_id FROM team ORDER BY name").query(Team.class).list();
    }

    public Optional<Team> team(UUID id) {
        return jdbc.sql("SELECT id, name, kind, manager_id FROM team WHERE id = :id").param("id", id)
                .query(Team.class).optional();
    }

    @Transactional
    public Team createTeam(String name, String kind) {
        Team team = new Team(UUID.randomUUID(), name, kind, null);
        jdbc.sql("INSERT INTO team (id, name, kind) VALUES (:id, :name, :kind)")
                .param("id", team.id()).param("name", name).param("kind", kind).update();
        return team;
    }

    /** A user with no password is a colleague on record who cannot sign in. */
    @Transactional
    public StaffMember createUser(NewUser user) {
        UUID id = UUID.randomUUID();
        boolean canSignIn = user.password() != null;
        jdbc.sql("""
                INSERT INTO staff_user (id, username, display_name, password_hash, role, team_id, organisation, enabled)
                VALUES (:id, :username, :name, :hash, :role, :team, :org, :enabled)""")
                .param("id", id).param("username", user.username()).param("name", user.displayName())
                .param("hash", canSignIn ? passwords.encode(user.password()) : "!").param("enabled", canSignIn)
                .param("role", user.role().name())
                .param("team", user.teamId()).param("org", user.organisation()).update();
        return find(id).orElseThrow();
    }

    @Transactional
    public void setManager(UUID teamId, UUID managerId) {
        jdbc.sql("UPDATE team SET manager_id = :m WHERE id = :t").param("m", managerId).param("t", teamId).update();
    }

    @Transactional
    public void unlock(UUID userId) {
        jdbc.sql("UPDATE staff_user SET failed_sign_ins = 0, locked_until = NULL WHERE id = :id")
                .param("id", userId).update();
    }

    public List<UserStatus> users() {
        return jdbc.sql(MEMBER_SQL.replace("u.organisation", "u.organisation, u.failed_sign_ins, "
                        + "(u.locked_until IS NOT NULL AND u.locked_until > :now) AS locked") + " ORDER BY u.display_name")
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new UserStatus(member(rs, n), rs.getBoolean("locked"), rs.getInt("failed_sign_ins")))
                .list();
    }

    public boolean hasAnyUser() {
        return jdbc.sql("SELECT count(*) FROM staff_user").query(Integer.class).single() > 0;
    }

    private static StaffMember member(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StaffMember(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getObject("team_id", UUID.class), rs.getString("team_name"),
                rs.getString("organisation"));
    }

    public record Team(UUID id, String name, String kind, UUID managerId) {
    }

    public record NewUser(String username, String displayName, Role role, UUID teamId, String organisation,
                          String password) {
    }

    public record UserStatus(StaffMember member, boolean locked, int failedSignIns) {
    }
}

package hearth.access.web;

import hearth.access.Staff;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class StaffUserDetailsService implements UserDetailsService {

    private final Staff staff;
    private final JdbcClient jdbc;
    private final Clock clock;

    StaffUserDetailsService(Staff staff, JdbcClient jdbc, Clock clock) {
        this.staff = staff;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var member = staff.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return jdbc.sql("""
                SELECT password_hash, enabled, (locked_until IS NOT NULL AND locked_until > :now) AS locked
                FROM staff_user WHERE id = :id""")
                .param("id", member.id()).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new StaffUserDetails(member, rs.getString(1), rs.getBoolean(2), rs.getBoolean(3)))
                .single();
    }
}

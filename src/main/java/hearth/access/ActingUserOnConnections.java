package hearth.access;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Tells the database who is acting on every connection Hearth hands out, so the change
 * triggers (V29) record the user who made each change without any service having to
 * remember to. The one place this is set: a connection is taken once per transaction, on
 * the thread of the request (or background step) that runs it.
 */
@Component
class ActingUserOnConnections implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof Telling) ? new Telling(dataSource) : bean;
    }

    static final class Telling extends DelegatingDataSource {

        Telling(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return told(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return told(super.getConnection(username, password));
        }

        private static Connection told(Connection connection) throws SQLException {
            Actor actor = Actor.current();
            try (PreparedStatement set = connection.prepareStatement("""
                    SELECT set_config('hearth.user_id', ?, false), set_config('hearth.username', ?, false),
                           set_config('hearth.remote_addr', ?, false)""")) {
                set.setString(1, actor.userId() == null ? "" : actor.userId().toString());
                set.setString(2, actor.username());
                set.setString(3, actor.remoteAddr());
                set.execute();
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            return connection;
        }
    }

    /** A signed-in member of staff, a partner system (by its client id) or Hearth itself. */
    record Actor(UUID userId, String username, String remoteAddr) {

        static Actor current() {
            String from = remoteAddress();
            var staff = StaffMember.current();
            if (staff.isPresent()) {
                return new Actor(staff.get().id(), staff.get().username(), from);
            }
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof Jwt partner) {
                return new Actor(null, "api:" + partner.getSubject(), from);
            }
            return new Actor(null, "hearth", from == null ? "" : from);
        }

        private static String remoteAddress() {
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
                HttpServletRequest request = attributes.getRequest();
                return request.getRemoteAddr();
            }
            return null;
        }
    }
}

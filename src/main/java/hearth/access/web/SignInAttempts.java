package hearth.access.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Locks an account for a while after repeated failed sign-ins, to slow password guessing. */
@Component
class SignInAttempts {

    private final JdbcClient jdbc;
    private final int maxFailures;
    private final Duration lockFor;
    private final Clock clock;

    SignInAttempts(JdbcClient jdbc, @Value("${hearth.sign-in.max-failures:5}") int maxFailures,
                   @Value("${hearth.sign-in.lock-minutes:15}") int lockMinutes, Clock clock) {
        this.jdbc = jdbc;
        this.maxFailures = maxFailures;
        this.lockFor = Duration.ofMinutes(lockMinutes);
        this.clock = clock;
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        jdbc.sql("""
                UPDATE staff_user SET failed_sign_ins = failed_sign_ins + 1,
                    locked_until = CASE WHEN failed_sign_ins + 1 >= :max THEN :until ELSE locked_until END
                WHERE username = :u""")
                .param("max", maxFailures).param("until", Timestamp.from(clock.instant().plus(lockFor)))
                .param("u", event.getAuthentication().getName()).update();
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        jdbc.sql("UPDATE staff_user SET failed_sign_ins = 0, locked_until = NULL WHERE username = :u")
                .param("u", event.getAuthentication().getName()).update();
    }
}

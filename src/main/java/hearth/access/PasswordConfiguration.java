package hearth.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing, needed by the web application and by commands that create users alike. */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    /** Hashes carry their algorithm's id; a hash with none (a colleague who cannot sign in) matches nothing. */
    @Bean
    PasswordEncoder passwordEncoder() {
        DelegatingPasswordEncoder encoder = (DelegatingPasswordEncoder) PasswordEncoderFactories
                .createDelegatingPasswordEncoder();
        encoder.setDefaultPasswordEncoderForMatches(new MatchesNothing());
        return encoder;
    }

    private static final class MatchesNothing implements PasswordEncoder {
        @Override
        public String encode(CharSequence raw) {
            throw new UnsupportedOperationException("only used to refuse unusable hashes");
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return false;
        }
    }

}

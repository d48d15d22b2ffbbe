package hearth.access;

import java.util.Optional;

/**
 * Something everyone about to sign in needs to know, shown on the sign-in page: another
 * module (the demo council, while it is being made) says when it has something to say.
 */
public interface SignInNotice {

    Optional<String> current();
}

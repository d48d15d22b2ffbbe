package hearth.platform;

import java.util.Objects;
import java.util.UUID;

/**
 * The id of a person on the person index; a child is a person, so a child's id is one too.
 * It lives in platform rather than people because nearly every module names a child, and
 * naming one must not make people a dependency of everything.
 */
public record PersonId(UUID value) implements TypedId {

    public PersonId {
        Objects.requireNonNull(value, "value");
    }

    public static PersonId of(String text) {
        return new PersonId(TypedId.parse(text));
    }

    /** For a column that may be empty (a contact's child not yet matched to anyone). */
    public static PersonId ofNullable(UUID value) {
        return value == null ? null : new PersonId(value);
    }

    /** The UUID an event carries, for an id that may be absent (a clock about a contact names no one). */
    public static UUID valueOrNull(PersonId id) {
        return id == null ? null : id.value;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

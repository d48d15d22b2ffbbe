package hearth.casework;

import hearth.platform.TypedId;
import java.util.Objects;
import java.util.UUID;

/** A request to move a child's case to another team. */
public record TransferId(UUID value) implements TypedId {

    public TransferId {
        Objects.requireNonNull(value, "value");
    }

    public static TransferId of(String text) {
        return new TransferId(TypedId.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

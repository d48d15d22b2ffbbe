package hearth.frontdoor;

import hearth.platform.TypedId;
import java.util.Objects;
import java.util.UUID;

/** A question the hub put to a partner agency while screening a contact. */
public record InformationRequestId(UUID value) implements TypedId {

    public InformationRequestId {
        Objects.requireNonNull(value, "value");
    }

    public static InformationRequestId of(String text) {
        return new InformationRequestId(TypedId.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package hearth.planning;

import hearth.platform.TypedId;
import java.util.Objects;
import java.util.UUID;

/** A child in need or child protection plan. */
public record PlanId(UUID value) implements TypedId {

    public PlanId {
        Objects.requireNonNull(value, "value");
    }

    public static PlanId of(String text) {
        return new PlanId(TypedId.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

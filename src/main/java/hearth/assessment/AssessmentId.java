package hearth.assessment;

import hearth.platform.TypedId;
import java.util.Objects;
import java.util.UUID;

/** A child and family assessment. */
public record AssessmentId(UUID value) implements TypedId {

    public AssessmentId {
        Objects.requireNonNull(value, "value");
    }

    public static AssessmentId of(String text) {
        return new AssessmentId(TypedId.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

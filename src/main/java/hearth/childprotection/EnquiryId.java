package hearth.childprotection;

import hearth.platform.TypedId;
import java.util.Objects;
import java.util.UUID;

/** A section 47 enquiry. */
public record EnquiryId(UUID value) implements TypedId {

    public EnquiryId {
        Objects.requireNonNull(value, "value");
    }

    public static EnquiryId of(String text) {
        return new EnquiryId(TypedId.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

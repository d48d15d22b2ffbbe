package hearth.frontdoor;

import hearth.platform.TypedId;
import java.util.Objects;
import java.util.UUID;

/** A contact at the front door (a referral is a contact too). */
public record ContactId(UUID value) implements TypedId {

    public ContactId {
        Objects.requireNonNull(value, "value");
    }

    public static ContactId of(String text) {
        return new ContactId(TypedId.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

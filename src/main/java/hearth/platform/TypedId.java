package hearth.platform;

import com.fasterxml.jackson.annotation.JsonValue;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.jdbc.core.SqlTypeValue;

/**
 * The id of one kind of record (a person, a contact, a plan), so a module's API cannot be
 * handed a plan's id where it wants a child's: the compiler refuses it. Each id is a record
 * of one UUID; it goes into SQL as that UUID ({@code .param("child", childId)}), into JSON as
 * the plain UUID string, and into a page or link as the plain UUID ({@code toString}).
 */
public interface TypedId extends SqlTypeValue {

    @JsonValue
    UUID value();

    @Override
    default void setTypeValue(PreparedStatement ps, int paramIndex, int sqlType, String typeName)
            throws SQLException {
        ps.setObject(paramIndex, value());
    }

    /**
     * Reads an id as addresses and forms carry it, refusing text that is not a UUID the way
     * Spring refuses it for a {@code UUID} path variable, so a mangled address is still a
     * bad request rather than a fault.
     *
     * @throws IllegalArgumentException when the text is blank or not a UUID
     */
    static UUID parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no id given");
        }
        return UUID.fromString(text.strip());
    }
}

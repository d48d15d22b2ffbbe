package hearth.people;

import java.time.LocalDate;

/** Any combination of name, date of birth, postcode and identifier; blank parts are ignored. */
public record SearchQuery(String name, LocalDate dateOfBirth, String postcode, String identifier) {

    public boolean isEmpty() {
        return blank(name) && dateOfBirth == null && blank(postcode) && blank(identifier);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

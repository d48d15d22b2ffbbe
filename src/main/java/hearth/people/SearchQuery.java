package hearth.people;

import static hearth.platform.Text.blank;

import java.time.LocalDate;

/** Any combination of name, date of birth, postcode and identifier; blank parts are ignored. */
public record SearchQuery(String name, LocalDate dateOfBirth, String postcode, String identifier) {

    public boolean isEmpty() {
        return blank(name) && dateOfBirth == null && blank(postcode) && blank(identifier);
    }
}

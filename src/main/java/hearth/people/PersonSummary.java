package hearth.people;

import hearth.platform.PersonId;
import java.time.LocalDate;
import java.time.Period;

/** Just enough to tell two people apart in search results. */
public record PersonSummary(PersonId id, PersonKind kind, String forenames, String surname, LocalDate dateOfBirth,
                            LocalDate expectedDelivery, String sex, String address, String postcode, String school) {

    public String name() {
        return forenames + " " + surname;
    }

    public Integer age(LocalDate today) {
        return dateOfBirth == null ? null : Period.between(dateOfBirth, today).getYears();
    }
}

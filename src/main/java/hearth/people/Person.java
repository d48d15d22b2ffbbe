package hearth.people;

import hearth.platform.PersonId;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** A child, unborn child or adult in the person index. */
public record Person(PersonId id, PersonKind kind, String forenames, String surname, LocalDate dateOfBirth,
                     LocalDate expectedDelivery, String sex, String ethnicity, String firstLanguage,
                     List<String> disabilities, String nhsNumber, String upn, String councilChildId, int version) {

    public String name() {
        return forenames + " " + surname;
    }

    /** Age in whole years, or null when the date of birth is not known (or not yet). */
    public Integer age(LocalDate today) {
        return dateOfBirth == null ? null : Period.between(dateOfBirth, today).getYears();
    }

    public boolean isChild() {
        return kind != PersonKind.ADULT;
    }
}

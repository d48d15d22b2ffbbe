package hearth.people;

import java.time.LocalDate;
import java.util.List;

/** What a user records about a person; checked by {@link PersonIndex} before anything is saved. */
public record PersonDetails(PersonKind kind, String forenames, String surname, LocalDate dateOfBirth,
                            LocalDate expectedDelivery, String sex, String ethnicity, String firstLanguage,
                            List<String> disabilities, String nhsNumber, String upn, String councilChildId) {
}

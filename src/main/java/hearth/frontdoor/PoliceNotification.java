package hearth.frontdoor;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** One police notification: an incident, the officer's grading and the people involved. */
public record PoliceNotification(String force, String notificationRef, String incidentRef, LocalDateTime incidentAt,
                                 String incidentType, String locationPostcode, String officerGrading, String dashRisk,
                                 String summary, String officer, List<Person> people) {

    public static final List<String> INCIDENT_TYPES = List.of("domestic abuse", "missing child",
            "child present at incident", "child arrested", "child victim", "concern for welfare", "online harm", "other");
    public static final List<String> GRADINGS = List.of("standard", "medium", "high");
    public static final List<String> ROLES = List.of("child", "victim", "suspect", "parent or carer", "other adult");

    public List<Person> children() {
        return people.stream().filter(p -> "child".equals(p.role())).toList();
    }

    public List<Person> adults() {
        return people.stream().filter(p -> !"child".equals(p.role())).toList();
    }

    public record Person(String role, String surname, String forenames, LocalDate dateOfBirth, String sex,
                         String address, String postcode) {
    }
}

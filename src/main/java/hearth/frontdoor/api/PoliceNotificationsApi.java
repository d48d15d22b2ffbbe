package hearth.frontdoor.api;

import hearth.frontdoor.PoliceNotificationFile;
import hearth.frontdoor.PoliceNotifications;
import hearth.platform.ApiProblem;
import hearth.platform.InvalidInput;
import hearth.platform.ProblemType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Forces send notifications one at a time as they are made. The force's own reference
 * makes each idempotent: a resend answers 200 with the contact first made.
 */
@RestController
class PoliceNotificationsApi {

    private final PoliceNotifications notifications;

    PoliceNotificationsApi(PoliceNotifications notifications) {
        this.notifications = notifications;
    }

    @PostMapping(path = "/api/v1/police-notifications", consumes = "application/json", produces = "application/json")
    ResponseEntity<Map<String, Object>> receive(@AuthenticationPrincipal Jwt token,
                                                @RequestBody NotificationRequest request) {
        if (request == null) {
            throw new ApiProblem(ProblemType.MALFORMED_BODY, "The body must be a notification (a JSON object), not null");
        }
        var caller = PartnerCaller.of(token);
        Map<String, String> incident = request.incidentFields(caller.organisation());
        List<Map<String, String>> people = request.people() == null ? List.of()
                : request.people().stream().map(p -> p == null ? Map.<String, String>of() : p.fields()).toList();
        try {
            var received = notifications.receive(PoliceNotificationFile.fromFields(incident, people), caller);
            Map<String, Object> body = Map.of("contactId", received.contactId(), "created", received.created());
            return received.created() ? ResponseEntity.status(201).body(body) : ResponseEntity.ok(body);
        } catch (InvalidInput invalid) {
            throw ApiProblem.invalid("The notification", NotificationRequest.jsonPaths(invalid));
        }
    }

    /** The file layout's columns as JSON; the force is the calling client's organisation. */
    record NotificationRequest(String notificationRef, String incidentRef, String incidentDateTime, String incidentType,
                               String locationPostcode, String officerRiskGrading, String dashRisk, String summary,
                               String officer, List<Person> people) {

        /** The file layout's column names, as this request's JSON paths. */
        static Map<String, String> jsonPaths(InvalidInput invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            invalid.errors().forEach((field, message) -> errors.put(jsonName(field), message));
            return errors;
        }

        private static String jsonName(String column) {
            String camel = java.util.regex.Pattern.compile("_([a-z])").matcher(column)
                    .replaceAll(m -> m.group(1).toUpperCase(java.util.Locale.ROOT));
            return camel.replace("incidentDatetime", "incidentDateTime").replace("personRole", "role");
        }

        Map<String, String> incidentFields(String force) {
            Map<String, String> fields = new HashMap<>();
            fields.put("force", force);
            fields.put("notification_ref", notificationRef);
            fields.put("incident_ref", incidentRef);
            fields.put("incident_datetime", incidentDateTime);
            fields.put("incident_type", incidentType);
            fields.put("location_postcode", locationPostcode);
            fields.put("officer_risk_grading", officerRiskGrading);
            fields.put("dash_risk", dashRisk);
            fields.put("summary", summary);
            fields.put("officer", officer);
            return fields;
        }

        record Person(String role, String surname, String forenames, String dateOfBirth, String sex, String address,
                      String postcode) {

            Map<String, String> fields() {
                Map<String, String> fields = new HashMap<>();
                fields.put("person_role", role);
                fields.put("surname", surname);
                fields.put("forenames", forenames);
                fields.put("date_of_birth", dateOfBirth);
                fields.put("sex", sex);
                fields.put("address", address);
                fields.put("postcode", postcode);
                return fields;
            }
        }
    }
}

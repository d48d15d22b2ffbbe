package hearth.frontdoor.api;

import hearth.access.StaffMember;
import hearth.frontdoor.ContactId;
import hearth.frontdoor.ContactQueries;
import hearth.frontdoor.ContactReads;
import hearth.frontdoor.ContactView;
import hearth.frontdoor.FrontDoor;
import hearth.platform.ApiProblem;
import hearth.platform.InvalidInput;
import hearth.platform.ProblemType;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Partner systems send referrals and read their outcomes. A referral accepted with 2xx is
 * stored before the response is sent; the same Idempotency-Key returns the first result.
 */
@RestController
class ReferralsApi {

    private final FrontDoor frontDoor;
    private final ContactQueries contacts;
    private final Idempotency idempotency;
    private final JsonMapper json;
    private final ContactReads reads;

    ReferralsApi(FrontDoor frontDoor, ContactQueries contacts, Idempotency idempotency, JsonMapper json,
                 ContactReads reads) {
        this.frontDoor = frontDoor;
        this.contacts = contacts;
        this.idempotency = idempotency;
        this.json = json;
        this.reads = reads;
    }

    @PostMapping(path = "/api/v1/referrals", consumes = "application/json", produces = "application/json")
    @Transactional
    public ResponseEntity<String> submit(@AuthenticationPrincipal Jwt token,
                                         @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                         @RequestBody String body) {
        if (key == null || key.isBlank() || key.length() > 200) {
            throw ApiProblem.invalid("The request", Map.of("Idempotency-Key",
                    "An Idempotency-Key header (up to 200 characters) is required"));
        }
        String hash = Idempotency.hash(body);
        var earlier = idempotency.find(token.getSubject(), key);
        if (earlier.isPresent()) {
            return replay(earlier.get(), hash);
        }
        ReferralRequest request = json.readValue(body, ReferralRequest.class);
        if (request == null) {
            throw new ApiProblem(ProblemType.MALFORMED_BODY, "The body must be a referral (a JSON object), not null");
        }
        StaffMember caller = PartnerCaller.of(token);
        ContactId id;
        try {
            id = frontDoor.submit(null, request.details(caller.organisation()), caller);
        } catch (InvalidInput invalid) {
            throw ApiProblem.invalid("The referral", jsonPaths(invalid));
        }
        String response = json.writeValueAsString(ReferralResponse.of(contacts.find(id).orElseThrow()));
        String location = "/api/v1/referrals/" + id;
        idempotency.remember(token.getSubject(), key, hash, new Idempotency.Stored(hash, 201, response, location));
        return ResponseEntity.created(URI.create(location)).body(response);
    }

    @GetMapping(path = "/api/v1/referrals/{id}", produces = "application/json")
    public ReferralResponse one(@AuthenticationPrincipal Jwt token, @PathVariable ContactId id) {
        StaffMember caller = PartnerCaller.of(token);
        return contacts.find(id, caller).filter(c -> Objects.equals(c.referrerOrganisation(), caller.organisation()))
                .map(c -> read(caller, c))
                .orElseThrow(() -> new ApiProblem(ProblemType.NOT_FOUND, "No referral " + id + " from your organisation"));
    }

    @GetMapping(path = "/api/v1/referrals", produces = "application/json")
    public List<ReferralResponse> all(@AuthenticationPrincipal Jwt token) {
        StaffMember caller = PartnerCaller.of(token);
        List<ContactView> sent = contacts.madeBy(caller.organisation(), caller).stream().filter(c -> !c.isDraft()).toList();
        return reads.audited(sent, caller, "API_READ_REFERRAL").stream().map(ReferralResponse::of).toList();
    }

    /** Audited with each child on the referral, the partner's client as the user. */
    private ReferralResponse read(StaffMember caller, ContactView contact) {
        return ReferralResponse.of(reads.audited(contact, caller, "API_READ_REFERRAL"));
    }

    private static Map<String, String> jsonPaths(InvalidInput invalid) {
        Map<String, String> errors = new LinkedHashMap<>();
        invalid.errors().forEach((field, message) -> errors.put(ReferralRequest.jsonPath(field), message));
        return errors;
    }

    private static ResponseEntity<String> replay(Idempotency.Stored earlier, String hash) {
        if (!earlier.requestHash().equals(hash)) {
            throw new ApiProblem(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different request", Map.of("Idempotency-Key", "reused"));
        }
        var response = ResponseEntity.status(earlier.responseStatus()).header("Idempotent-Replayed", "true");
        if (earlier.location() != null) {
            response.location(URI.create(earlier.location()));
        }
        return response.body(earlier.responseBody());
    }

    /** What a partner may know of its referral: where it is and what was decided, never the case file. */
    record ReferralResponse(ContactId id, String status, java.time.Instant receivedAt, java.time.Instant decisionDueAt,
                            String outcome, String outcomeLabel) {

        static ReferralResponse of(ContactView c) {
            boolean decided = c.decided();
            return new ReferralResponse(c.id(), c.statusLabel(), c.receivedAt(), c.decisionDueAt(),
                    decided ? c.outcome().name() : null, decided ? c.outcome().label() : null);
        }
    }

}

package hearth.platform;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * The kinds of error the partner API answers, each with a stable {@code type} URI
 * ({@code <hearth.api.problem-base-url>/<slug>}) whose page explains it to a partner's developer.
 */
public enum ProblemType {

    INVALID_FIELDS(HttpStatus.BAD_REQUEST, "invalid-fields", "Some fields are not valid",
            "The request was read, but one or more fields break a rule (missing, too long, not one of the allowed "
                    + "values, not a real date). The errors member names each field by its JSON path, or the header "
                    + "or path parameter, with what is wrong. Correct them and send the request again."),
    MALFORMED_BODY(HttpStatus.BAD_REQUEST, "malformed-body", "The body could not be read",
            "The body is empty, is not JSON, is not a JSON object, or a field has the wrong JSON type (for example a "
                    + "number where a list is expected). Where the field is known, errors names it by its JSON path."),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "unauthenticated", "A valid bearer token is needed",
            "The request has no bearer token, or its token is not valid or has expired. Get a token from "
                    + "/oauth2/token with the client credentials grant and send it as Authorization: Bearer <token>."),
    FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden", "The token does not allow this",
            "The token is valid but lacks the scope this endpoint needs (referrals or notifications), or the "
                    + "address is not part of the API."),
    NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "Not found",
            "There is no such resource, or it belongs to another organisation: a partner sees only its own referrals."),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed",
            "The address exists but does not take this HTTP method; the Allow header lists those it takes."),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Only JSON can be sent back",
            "The Accept header asks for a format the API does not produce. Accept application/json."),
    REQUEST_IN_PROGRESS(HttpStatus.CONFLICT, "request-in-progress", "The same request is being processed",
            "Another request with this Idempotency-Key is being processed right now. Retry it to get its result."),
    BODY_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "The body is too large",
            "The body is larger than the API accepts (1 MB unless the council has set another limit). Nothing was "
                    + "stored. Free-text fields have maximum lengths, listed in the API description."),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Send the body as JSON",
            "The Content-Type is not one the endpoint reads. Send Content-Type: application/json."),
    IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
            "The Idempotency-Key was used for another request",
            "This Idempotency-Key was first sent with a different body. Use a new key for a new referral."),
    SERVER_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "server-error", "Hearth could not complete the request",
            "Something went wrong inside Hearth. Nothing was stored; the request can be sent again.");

    private final HttpStatus status;
    private final String slug;
    private final String title;
    private final String description;

    ProblemType(HttpStatus status, String slug, String title, String description) {
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.description = description;
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    static Optional<ProblemType> bySlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
    }
}

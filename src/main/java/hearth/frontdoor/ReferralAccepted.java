package hearth.frontdoor;

import hearth.access.StaffMember;
import java.time.Instant;
import java.util.UUID;

/**
 * A contact about a matched child was finally decided (after authorisation, where that is
 * needed) with an outcome that makes it a referral for an assessment. {@code receivedAt} is
 * the referral date that the assessment's timescale runs from.
 */
public record ReferralAccepted(UUID personId, UUID contactId, Outcome outcome, Instant receivedAt, StaffMember by) {
}

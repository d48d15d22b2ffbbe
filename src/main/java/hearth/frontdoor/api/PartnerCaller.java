package hearth.frontdoor.api;

import hearth.access.Role;
import hearth.access.StaffMember;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;

/** The partner system behind a bearer token, as the front door records who referred. */
final class PartnerCaller {

    private PartnerCaller() {
    }

    static StaffMember of(Jwt token) {
        String client = token.getSubject();
        String organisation = token.getClaimAsString("organisation");
        return new StaffMember(UUID.nameUUIDFromBytes(("api-client:" + client).getBytes(StandardCharsets.UTF_8)),
                "api:" + client, organisation + " (system)", Role.PARTNER_REFERRER, null, null, organisation);
    }
}

package hearth.casework.web;

import hearth.platform.PostedId;
import java.util.UUID;

/** A worker asking for a case to move to another team, with the handover. */
record TransferForm(String toTeamId, String handover) {

    static final TransferForm BLANK = new TransferForm(null, null);

    /** @return the team chosen, or null when none was (the transfer's rule says so by the field) */
    UUID toTeam() {
        return PostedId.of(toTeamId);
    }
}

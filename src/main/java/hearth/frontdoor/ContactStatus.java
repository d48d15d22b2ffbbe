package hearth.frontdoor;

import hearth.platform.InvalidInput;
import hearth.platform.Labelled;

/**
 * Where a contact is at the front door. Each transition checks its rule here and says the
 * status it moves to; {@link FrontDoor} stores it with an UPDATE that names the status and
 * version the user saw, so two people at once cannot both move it.
 */
public enum ContactStatus implements Labelled {
    DRAFT,
    RECEIVED,
    AWAITING_AUTHORISATION,
    DECIDED;

    public boolean open() {
        return this == RECEIVED || this == AWAITING_AUTHORISATION;
    }

    /** Assigning and reprioritising are screening, which ends with the decision. */
    ContactStatus screen() {
        if (this != RECEIVED) {
            throw InvalidInput.of("contact", "This contact is no longer being screened");
        }
        return this;
    }

    /** A child is matched while the contact is open, even while its decision waits for a manager. */
    ContactStatus match() {
        if (!open()) {
            throw InvalidInput.of("contact", "This contact has already been decided");
        }
        return this;
    }

    /** The threshold decision is made once, while screening; some outcomes then wait for a hub manager. */
    ContactStatus decide(boolean needsAuthorisation) {
        if (this != RECEIVED) {
            throw InvalidInput.of("rationale", "This contact has already been decided");
        }
        return needsAuthorisation ? AWAITING_AUTHORISATION : DECIDED;
    }

    ContactStatus authorise() {
        if (this != AWAITING_AUTHORISATION) {
            throw InvalidInput.of("authorise", "This decision is not waiting for authorisation");
        }
        return DECIDED;
    }

}

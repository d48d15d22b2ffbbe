package hearth.childprotection;

import hearth.platform.Labelled;

/** How a section 47 enquiry concludes. */
public enum EnquiryOutcome implements Labelled {
    NOT_SUBSTANTIATED,
    SUBSTANTIATED_NO_CONFERENCE,
    INITIAL_CONFERENCE;

    /** The outcome a form posted, or none when it is blank or not one of these. */
    public static EnquiryOutcome parse(String value) {
        for (EnquiryOutcome outcome : values()) {
            if (outcome.name().equals(value)) {
                return outcome;
            }
        }
        return null;
    }

}

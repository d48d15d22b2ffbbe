package hearth.people;

import hearth.platform.Labelled;

/**
 * How one person is related to another, read as "the related person is the X of the person".
 * Each type knows its inverse, and both directions are stored.
 */
public enum RelationshipType implements Labelled {
    PARENT, CHILD,
    STEP_PARENT, STEP_CHILD,
    SIBLING, HALF_SIBLING,
    PARTNER_OF_PARENT, CHILD_OF_PARTNER,
    GRANDPARENT, GRANDCHILD,
    OTHER_SIGNIFICANT_ADULT, SIGNIFICANT_TO,
    PARTNER;

    public RelationshipType inverse() {
        return switch (this) {
            case PARENT -> CHILD;
            case CHILD -> PARENT;
            case STEP_PARENT -> STEP_CHILD;
            case STEP_CHILD -> STEP_PARENT;
            case PARTNER_OF_PARENT -> CHILD_OF_PARTNER;
            case CHILD_OF_PARTNER -> PARTNER_OF_PARENT;
            case GRANDPARENT -> GRANDCHILD;
            case GRANDCHILD -> GRANDPARENT;
            case OTHER_SIGNIFICANT_ADULT -> SIGNIFICANT_TO;
            case SIGNIFICANT_TO -> OTHER_SIGNIFICANT_ADULT;
            case SIBLING, HALF_SIBLING, PARTNER -> this;
        };
    }

    /** The types a user picks from when recording someone's relation to a child. */
    public static RelationshipType[] recordable() {
        return new RelationshipType[] {PARENT, STEP_PARENT, SIBLING, HALF_SIBLING, PARTNER_OF_PARENT, GRANDPARENT,
                OTHER_SIGNIFICANT_ADULT, CHILD, PARTNER};
    }

}

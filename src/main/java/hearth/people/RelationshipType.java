package hearth.people;

/**
 * How one person is related to another, read as "the related person is the X of the person".
 * Each type knows its inverse, and both directions are stored.
 */
public enum RelationshipType {
    PARENT("Parent"), CHILD("Child"),
    STEP_PARENT("Step-parent"), STEP_CHILD("Step-child"),
    SIBLING("Sibling"), HALF_SIBLING("Half-sibling"),
    PARTNER_OF_PARENT("Partner of parent"), CHILD_OF_PARTNER("Child of partner"),
    GRANDPARENT("Grandparent"), GRANDCHILD("Grandchild"),
    OTHER_SIGNIFICANT_ADULT("Other significant adult"), SIGNIFICANT_TO("Significant adult to"),
    PARTNER("Partner");

    private final String label;

    RelationshipType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

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

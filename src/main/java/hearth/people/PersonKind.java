package hearth.people;

public enum PersonKind {
    CHILD("Child"), UNBORN("Unborn child"), ADULT("Adult");

    private final String label;

    PersonKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

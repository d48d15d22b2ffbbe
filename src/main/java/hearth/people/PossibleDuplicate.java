package hearth.people;

import java.util.List;

/** Someone with the same name and date of birth is already recorded: offer to open them instead. */
public class PossibleDuplicate extends RuntimeException {

    private final List<PersonSummary> existing;

    public PossibleDuplicate(List<PersonSummary> existing) {
        super("A person with the same name and date of birth is already recorded");
        this.existing = existing;
    }

    public List<PersonSummary> existing() {
        return existing;
    }
}

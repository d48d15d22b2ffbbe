package hearth.returns.census;

/** A rule that looks at one child at a time, as almost all of them do. */
public interface ChildRule extends CensusRule {

    void check(CensusFile.Child child, CensusYear year, Breaches breaches);

    @Override
    default void check(CensusFile file, CensusYear year, Breaches breaches) {
        for (CensusFile.Child child : file.children()) {
            check(child, year, breaches);
        }
    }
}

package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusRule;
import hearth.returns.census.CensusYear;

/** A rule about one child at a time that compares its dates with the census period of the file. */
interface WindowedChildRule extends CensusRule {

    void check(CensusFile.Child child, CollectionWindow window, Breaches breaches);

    @Override
    default void check(CensusFile file, CensusYear year, Breaches breaches) {
        CollectionWindow window = CollectionWindow.of(file, year);
        for (CensusFile.Child child : file.children()) {
            check(child, window, breaches);
        }
    }
}

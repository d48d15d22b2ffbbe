package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusRule;
import hearth.returns.census.CensusYear;
import java.util.List;

/**
 * A rule that joins a child's parts by LA child id, as the councils' validator joins its tables:
 * children that share an id (rule 8510), or have none, are checked as one, so a plan of one is
 * compared with the other's protection plans or date of death. Almost every group is one child.
 */
interface SameIdRule extends CensusRule {

    /** {@code sameId}: the children with one LA child id, in file order. */
    void check(List<CensusFile.Child> sameId, CollectionWindow window, Breaches breaches);

    @Override
    default void check(CensusFile file, CensusYear year, Breaches breaches) {
        CollectionWindow window = CollectionWindow.of(file, year);
        for (List<CensusFile.Child> sameId : SameIdChildren.of(file)) {
            check(sameId, window, breaches);
        }
    }

}

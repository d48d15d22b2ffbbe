package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Children as the councils' validator joins them: its tables meet on LAchildID and on the
 * episode's number within the child (first CINdetails is 1), so children who share an id, a
 * missing id included, are one child to it, and their first episodes are one episode. Rules
 * that compare parts of an episode go through here so that they report the same children.
 */
final class SameIdChildren {

    private SameIdChildren() {
    }

    /** The children grouped by id, in the order the ids first appear. */
    static Collection<List<CensusFile.Child>> of(CensusFile file) {
        return file.childrenBySameId();
    }

    /** Episode number n (from 0) of every child in the group, for each n any of them has. */
    static List<List<CensusFile.Episode>> episodesByNumber(List<CensusFile.Child> group) {
        if (group.size() == 1) {
            return group.get(0).episodes().stream().map(List::of).toList();
        }
        List<List<CensusFile.Episode>> numbered = new ArrayList<>();
        for (CensusFile.Child child : group) {
            for (int n = 0; n < child.episodes().size(); n++) {
                if (numbered.size() == n) {
                    numbered.add(new ArrayList<>());
                }
                numbered.get(n).add(child.episodes().get(n));
            }
        }
        return numbered;
    }

    /** Every episode of every child in the group. */
    static List<CensusFile.Episode> episodes(List<CensusFile.Child> group) {
        return group.size() == 1 ? group.get(0).episodes()
                : group.stream().flatMap(child -> child.episodes().stream()).toList();
    }
}

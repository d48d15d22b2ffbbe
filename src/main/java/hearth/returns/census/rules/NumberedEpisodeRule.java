package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusRule;
import hearth.returns.census.CensusYear;
import java.util.List;

/**
 * A rule that compares the parts of one episode (its assessments, plans, enquiries) as the
 * councils' validator joins them: by child id and episode number ({@link SameIdChildren}).
 */
abstract class NumberedEpisodeRule implements CensusRule {

    /** The element a breach is reported against. */
    abstract String field();

    /** Whether the episode breaks the rule; usually one episode, several when children share an id. */
    abstract boolean breaks(List<CensusFile.Episode> episode, CollectionWindow window);

    /** The validator joins children with no id as one child, except where it groups by id (then it drops them). */
    boolean countsChildrenWithoutId() {
        return true;
    }

    @Override
    public void check(CensusFile file, CensusYear year, Breaches breaches) {
        CollectionWindow window = CollectionWindow.of(file, year);
        for (List<CensusFile.Child> group : SameIdChildren.of(file)) {
            if (group.get(0).laChildId() == null && !countsChildrenWithoutId()) {
                continue;
            }
            for (List<CensusFile.Episode> episode : SameIdChildren.episodesByNumber(group)) {
                if (breaks(episode, window)) {
                    breaches.child(group.get(0), field(), episode.get(0).fixAt());
                }
            }
        }
    }
}

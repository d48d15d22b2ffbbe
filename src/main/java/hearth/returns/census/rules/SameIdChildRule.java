package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A rule about one child at a time, where "a child" is what the councils' validator joins: its
 * tables meet on LAchildID (and on the episode's number in the child), so children who share an
 * id are one child to it (see {@link SameIdChildren}). Each rule says how it joins them by
 * {@link #views}; a child whose id is its own is checked as it is.
 */
interface SameIdChildRule extends WindowedChildRule {

    /** What the rule checks for a group of children sharing an id: by default each one alone. */
    default List<CensusFile.Child> views(List<CensusFile.Child> group) {
        return group;
    }

    @Override
    default void check(CensusFile file, CensusYear year, Breaches breaches) {
        CollectionWindow window = CollectionWindow.of(file, year);
        for (List<CensusFile.Child> group : SameIdChildren.of(file)) {
            for (CensusFile.Child view : group.size() == 1 ? group : views(group)) {
                check(view, window, breaches);
            }
        }
    }

    /**
     * For rules that join a child's identifiers, disabilities or episodes on LAchildID: each
     * child's identifiers with the disabilities and episodes of every child of the id.
     */
    static List<CensusFile.Child> together(List<CensusFile.Child> group) {
        List<String> disabilities = group.stream().flatMap(child -> child.characteristics().disabilities().stream())
                .toList();
        List<CensusFile.Episode> episodes = SameIdChildren.episodes(group);
        return group.stream().map(child -> new CensusFile.Child(child.identifiers(),
                new CensusFile.Characteristics(child.characteristics().ethnicity(), disabilities), episodes,
                child.fixAt())).toList();
    }

    /**
     * For rules that join an episode with its assessments, enquiries or plans on LAchildID and
     * the episode's number: each child's episodes, each holding the parts of every episode of
     * the id with its number.
     */
    static List<CensusFile.Child> joinedByNumber(List<CensusFile.Child> group) {
        List<List<CensusFile.Episode>> byNumber = SameIdChildren.episodesByNumber(group);
        return group.stream().map(child -> {
            List<CensusFile.Episode> joined = new ArrayList<>();
            for (int n = 0; n < child.episodes().size(); n++) {
                CensusFile.Episode own = child.episodes().get(n);
                List<CensusFile.Episode> same = byNumber.get(n);
                joined.add(new CensusFile.Episode(own.cinReferralDate(), own.referralSource(), own.primaryNeedCode(),
                        own.cinClosureDate(), own.reasonForClosure(), own.dateOfInitialCpc(),
                        all(same, CensusFile.Episode::assessments), all(same, CensusFile.Episode::cinPlans),
                        all(same, CensusFile.Episode::section47s), own.referralNfa(),
                        all(same, CensusFile.Episode::protectionPlans), own.fixAt()));
            }
            return new CensusFile.Child(child.identifiers(), child.characteristics(), joined, child.fixAt());
        }).toList();
    }

    private static <T> List<T> all(List<CensusFile.Episode> episodes, Function<CensusFile.Episode, List<T>> parts) {
        return episodes.stream().flatMap(episode -> parts.apply(episode).stream()).toList();
    }
}

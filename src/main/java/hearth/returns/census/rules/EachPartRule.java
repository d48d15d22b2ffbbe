package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.util.List;
import java.util.function.Function;

/**
 * A rule about each part of a child's episodes on its own (an episode, assessment, enquiry or
 * plan): every part that breaks it is reported, with the field it names and the page that fixes it.
 */
abstract class EachPartRule<T> implements SameIdChildRule {

    static final Function<CensusFile.Episode, List<CensusFile.Episode>> EPISODES = List::of;

    private final String field;
    private final Function<CensusFile.Episode, List<T>> parts;
    private final Function<T, String> fixAt;

    EachPartRule(String field, Function<CensusFile.Episode, List<T>> parts, Function<T, String> fixAt) {
        this.field = field;
        this.parts = parts;
        this.fixAt = fixAt;
    }

    abstract boolean breaks(CensusFile.Child child, T part, CollectionWindow window);

    @Override
    public final void check(CensusFile.Child child, CollectionWindow window, Breaches breaches) {
        for (CensusFile.Episode episode : child.episodes()) {
            for (T part : parts.apply(episode)) {
                if (breaks(child, part, window)) {
                    breaches.child(child, field, fixAt.apply(part));
                }
            }
        }
    }
}

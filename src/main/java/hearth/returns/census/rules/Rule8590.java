package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusRule;
import hearth.returns.census.CensusYear;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * 8590: every child has an episode of need. The validator matches episodes to children by LA
 * child id, so a child whose id another child with an episode shares is not reported.
 */
@Component
class Rule8590 implements CensusRule {

    @Override
    public String code() {
        return "8590";
    }

    @Override
    public void check(CensusFile file, CensusYear year, Breaches breaches) {
        Set<String> withEpisodes = new HashSet<>();
        for (CensusFile.Child child : file.children()) {
            if (!child.episodes().isEmpty()) {
                withEpisodes.add(child.laChildId());
            }
        }
        for (CensusFile.Child child : file.children()) {
            if (!withEpisodes.contains(child.laChildId())) {
                breaches.child(child, "LAchildID");
            }
        }
    }
}

package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.util.List;
import org.springframework.stereotype.Component;

/** 8585Q: an episode closed because the child died (RC2) needs the child's date of death. */
@Component
class Rule8585Q implements SameIdRule {

    @Override
    public String code() {
        return "8585Q";
    }

    @Override
    public void check(List<CensusFile.Child> sameId, CollectionWindow window, Breaches breaches) {
        if (sameId.stream().allMatch(child -> ValidatorDates.date(child.identifiers().personDeathDate()) != null)) {
            return;
        }
        for (CensusFile.Child child : sameId) {
            for (CensusFile.Episode episode : child.episodes()) {
                if ("RC2".equals(episode.reasonForClosure())) {
                    breaches.child(child, "ReasonForClosure", episode.fixAt());
                }
            }
        }
    }
}

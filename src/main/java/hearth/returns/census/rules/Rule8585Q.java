package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import org.springframework.stereotype.Component;

/** 8585Q: an episode closed because the child died (RC2) needs the child's date of death. */
@Component
class Rule8585Q implements ChildRule {

    @Override
    public String code() {
        return "8585Q";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        if (ValidatorDates.date(child.identifiers().personDeathDate()) != null) {
            return;
        }
        for (CensusFile.Episode episode : child.episodes()) {
            if ("RC2".equals(episode.reasonForClosure())) {
                breaches.child(child, "ReasonForClosure", episode.fixAt());
            }
        }
    }
}

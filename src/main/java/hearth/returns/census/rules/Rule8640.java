package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import java.util.Set;
import org.springframework.stereotype.Component;

/** 8640: a reason for closure, where given, is one of RC1 to RC9. */
@Component
class Rule8640 implements ChildRule {

    private static final Set<String> REASONS = Set.of("RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9");

    @Override
    public String code() {
        return "8640";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        for (CensusFile.Episode episode : child.episodes()) {
            String reason = episode.reasonForClosure();
            if (reason != null && !REASONS.contains(reason)) {
                breaches.child(child, "ReasonForClosure", episode.fixAt());
            }
        }
    }
}

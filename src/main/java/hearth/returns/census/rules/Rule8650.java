package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import java.util.Set;
import org.springframework.stereotype.Component;

/** 8650: a primary need code, where given, is one of N0 to N9. */
@Component
class Rule8650 implements ChildRule {

    private static final Set<String> NEEDS = Set.of("N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9");

    @Override
    public String code() {
        return "8650";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        for (CensusFile.Episode episode : child.episodes()) {
            String need = episode.primaryNeedCode();
            if (need != null && !NEEDS.contains(need)) {
                breaches.child(child, "PrimaryNeedCode", episode.fixAt());
            }
        }
    }
}

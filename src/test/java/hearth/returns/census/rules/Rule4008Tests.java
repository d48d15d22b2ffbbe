package hearth.returns.census.rules;

import static hearth.returns.census.rules.CensusParts.child;
import static hearth.returns.census.rules.CensusParts.referred;
import static hearth.returns.census.rules.CensusParts.reported;
import static org.assertj.core.api.Assertions.assertThat;

import hearth.returns.census.CensusFile;
import org.junit.jupiter.api.Test;

class Rule4008Tests {

    private final Rule4008 rule = new Rule4008();

    @Test
    void aPlanStartingOnOrBeforeTheDeathPasses() {
        assertThat(reported(rule, died("C1", "2025-09-01", referred("2025-06-02").plan("2025-09-01", null)),
                died("C2", null, referred("2025-06-02").plan("2025-09-01", null)))).isEmpty();
    }

    @Test
    void aPlanStartingAfterTheDeathIsReported() {
        assertThat(reported(rule, died("C1", "2025-09-01", referred("2025-06-02").plan("2025-09-02", null))))
                .containsExactly("C1");
    }

    private static CensusFile.Child died(String id, String death, CensusParts episode) {
        CensusFile.Child child = child(id, episode);
        CensusFile.Identifiers alive = child.identifiers();
        return new CensusFile.Child(new CensusFile.Identifiers(id, alive.upn(), alive.formerUpn(), alive.upnUnknown(),
                alive.personBirthDate(), alive.expectedPersonBirthDate(), alive.sex(), death),
                child.characteristics(), child.episodes(), null);
    }
}

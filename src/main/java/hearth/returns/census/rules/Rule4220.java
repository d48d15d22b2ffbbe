package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import java.util.Set;
import org.springframework.stereotype.Component;

/** 4220: the child's ethnicity is given and is a code of the DfE's ethnicity table. */
@Component
class Rule4220 implements ChildRule {

    private static final Set<String> ETHNICITIES = Set.of("ABAN", "AIND", "AOTH", "APKN", "BAFR", "BCRB", "BOTH",
            "CHNE", "MOTH", "MWAS", "MWBA", "MWBC", "NOBT", "OOTH", "REFU", "WBRI", "WIRI", "WIRT", "WOTH", "WROM");

    @Override
    public String code() {
        return "4220";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        String ethnicity = child.characteristics().ethnicity();
        if (ethnicity == null || !ETHNICITIES.contains(ethnicity)) {
            breaches.child(child, "Ethnicity");
        }
    }
}

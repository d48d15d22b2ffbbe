package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import java.util.Set;
import org.springframework.stereotype.Component;

/** 4180: the child's sex is given and is M, F or U. */
@Component
class Rule4180 implements ChildRule {

    private static final Set<String> SEXES = Set.of("M", "F", "U");

    @Override
    public String code() {
        return "4180";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        String sex = child.identifiers().sex();
        if (sex == null || !SEXES.contains(sex)) {
            breaches.child(child, "Sex");
        }
    }
}

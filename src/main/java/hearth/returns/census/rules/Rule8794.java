package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A child has no disability code twice, compared exactly as written (empty entries are not codes). */
@Component
class Rule8794 implements ChildRule {

    @Override
    public String code() {
        return "8794";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        Set<String> seen = new HashSet<>();
        boolean repeated = child.characteristics().disabilities().stream().filter(ValidatorCodes::present)
                .anyMatch(code -> !seen.add(code));
        if (repeated) {
            breaches.child(child, "Disability");
        }
    }
}

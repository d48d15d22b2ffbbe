package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.springframework.stereotype.Component;

/** A child has no disability code twice, compared exactly as written (empty entries are not codes). */
@Component
class Rule8794 implements SameIdChildRule {

    @Override
    public List<CensusFile.Child> views(List<CensusFile.Child> group) {
        return SameIdChildRule.together(group);
    }

    @Override
    public String code() {
        return "8794";
    }

    @Override
    public void check(CensusFile.Child child, CollectionWindow window, Breaches breaches) {
        Set<String> seen = new HashSet<>();
        boolean repeated = child.characteristics().disabilities().stream().filter(ValidatorCodes::present)
                .anyMatch(code -> !seen.add(code));
        if (repeated) {
            breaches.child(child, "Disability");
        }
    }
}

package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.util.List;
import org.springframework.stereotype.Component;

/** A child with disability NONE (in any case) has no other disability entry, an empty one included. */
@Component
class Rule8790 implements SameIdChildRule {

    @Override
    public List<CensusFile.Child> views(List<CensusFile.Child> group) {
        return SameIdChildRule.together(group);
    }

    @Override
    public String code() {
        return "8790";
    }

    @Override
    public void check(CensusFile.Child child, CollectionWindow window, Breaches breaches) {
        List<String> disabilities = child.characteristics().disabilities();
        boolean none = disabilities.stream().anyMatch(item -> "NONE".equals(ValidatorCodes.upper(item)));
        if (none && disabilities.stream().anyMatch(item -> !"NONE".equals(ValidatorCodes.upper(item)))) {
            breaches.child(child, "Disability");
        }
    }
}

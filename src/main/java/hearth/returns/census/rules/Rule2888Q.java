package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusRule;
import hearth.returns.census.CensusYear;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Children with more than one disability should have each recorded: a return where no child has
 * two disability codes (other than NONE) is queried. Children without an id are not counted, and a
 * return with no disability codes but NONE is not queried, as in the councils' validator.
 */
@Component
class Rule2888Q implements CensusRule {

    @Override
    public String code() {
        return "2888Q";
    }

    @Override
    public void check(CensusFile file, CensusYear year, Breaches breaches) {
        Map<String, Integer> codesById = new HashMap<>();
        for (CensusFile.Child child : file.children()) {
            if (child.laChildId() == null) {
                continue;
            }
            for (String disability : child.characteristics().disabilities()) {
                if (!disability.equals("NONE")) {
                    // An empty Disability element gives the child a count without adding to it.
                    codesById.merge(child.laChildId(), disability.isEmpty() ? 0 : 1, Integer::sum);
                }
            }
        }
        if (!codesById.isEmpty() && codesById.values().stream().allMatch(count -> count <= 1)) {
            breaches.file("Disability");
        }
    }
}

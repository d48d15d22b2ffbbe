package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusRule;
import hearth.returns.census.CensusYear;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 8510: no two children share an LA child id. Every child with a shared id is reported, and
 * children with no id count as sharing one, as the validator counts them.
 */
@Component
class Rule8510 implements CensusRule {

    @Override
    public String code() {
        return "8510";
    }

    @Override
    public void check(CensusFile file, CensusYear year, Breaches breaches) {
        Map<String, Integer> children = new HashMap<>();
        for (CensusFile.Child child : file.children()) {
            children.merge(child.laChildId(), 1, Integer::sum);
        }
        for (CensusFile.Child child : file.children()) {
            if (children.get(child.laChildId()) > 1) {
                breaches.child(child, "LAchildID");
            }
        }
    }
}

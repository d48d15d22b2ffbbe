package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusRule;
import hearth.returns.census.CensusYear;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** No two children in a return may have the same UPN: every child with a shared UPN is reported. */
@Component
class Rule1520 implements CensusRule {

    @Override
    public String code() {
        return "1520";
    }

    @Override
    public void check(CensusFile file, CensusYear year, Breaches breaches) {
        Map<String, Integer> children = new HashMap<>();
        for (CensusFile.Child child : file.children()) {
            if (child.identifiers().upn() != null) {
                children.merge(child.identifiers().upn(), 1, Integer::sum);
            }
        }
        for (CensusFile.Child child : file.children()) {
            String upn = child.identifiers().upn();
            if (upn != null && children.get(upn) > 1) {
                breaches.child(child, "UPN");
            }
        }
    }
}

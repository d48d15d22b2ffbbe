package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import org.springframework.stereotype.Component;

/** An LA child id must be letters and digits only. */
@Component
class Rule1580 implements ChildRule {

    @Override
    public String code() {
        return "1580";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        String id = child.laChildId();
        if (id != null && !ChildText.alphanumeric(id)) {
            breaches.child(child, "LAchildID");
        }
    }
}

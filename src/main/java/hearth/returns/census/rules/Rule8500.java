package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import org.springframework.stereotype.Component;

/** 8500: the child has an LA child id (the finding names no child, as there is no id to name). */
@Component
class Rule8500 implements ChildRule {

    @Override
    public String code() {
        return "8500";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        if (child.laChildId() == null) {
            breaches.child(child, "LAchildID");
        }
    }
}

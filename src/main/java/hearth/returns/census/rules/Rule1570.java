package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import org.springframework.stereotype.Component;

/** An LA child id must not be longer than 20 characters. */
@Component
class Rule1570 implements ChildRule {

    private static final int MAX_LENGTH = 20;

    @Override
    public String code() {
        return "1570";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        String id = child.laChildId();
        if (id != null && ChildText.length(id) > MAX_LENGTH) {
            breaches.child(child, "LAchildID");
        }
    }
}

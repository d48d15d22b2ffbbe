package hearth.returns.census.rules;

import hearth.reference.CodeLists;
import hearth.returns.census.CensusFile;
import java.util.Set;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** A child protection plan's initial category of abuse is a code from the DfE's list. */
@Component
class Rule8905 extends PlanValueRule {

    private final Set<String> categories;

    @Autowired
    Rule8905(CodeLists codes) {
        this("InitialCategoryOfAbuse", CensusFile.ProtectionPlan::initialCategoryOfAbuse, codes);
    }

    /** For rule 8910, which checks the latest category the same way. */
    Rule8905(String field, Function<CensusFile.ProtectionPlan, String> category, CodeLists codes) {
        super(field, category);
        this.categories = CodeSets.of(codes, "categoryofabusetype");
    }

    @Override
    public String code() {
        return "8905";
    }

    @Override
    boolean breaks(CensusFile.Child child, String category) {
        return !CodeSets.holds(categories, category);
    }
}

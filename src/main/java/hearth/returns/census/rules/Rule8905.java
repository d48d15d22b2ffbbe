package hearth.returns.census.rules;

import hearth.reference.CodeLists;
import hearth.returns.census.CensusFile;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A child protection plan's initial category of abuse is a code from the DfE's list. */
@Component
class Rule8905 extends EachPartRule<CensusFile.ProtectionPlan> {

    private final Set<String> categories;

    Rule8905(CodeLists codes) {
        super("InitialCategoryOfAbuse", CensusFile.Episode::protectionPlans, CensusFile.ProtectionPlan::fixAt);
        this.categories = CodeSets.of(codes, "categoryofabusetype");
    }

    @Override
    public String code() {
        return "8905";
    }

    @Override
    boolean breaks(CensusFile.Child child, CensusFile.ProtectionPlan plan, CollectionWindow window) {
        return !CodeSets.holds(categories, plan.initialCategoryOfAbuse());
    }
}

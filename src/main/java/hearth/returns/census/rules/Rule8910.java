package hearth.returns.census.rules;

import hearth.reference.CodeLists;
import hearth.returns.census.CensusFile;
import org.springframework.stereotype.Component;

/** A child protection plan's latest category of abuse is a code from the DfE's list. */
@Component
class Rule8910 extends Rule8905 {

    Rule8910(CodeLists codes) {
        super("LatestCategoryOfAbuse", CensusFile.ProtectionPlan::latestCategoryOfAbuse, codes);
    }

    @Override
    public String code() {
        return "8910";
    }
}

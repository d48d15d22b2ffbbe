package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import org.springframework.stereotype.Component;

/** A child protection plan does not end after the child's death. */
@Component
class Rule8920 extends Rule8915 {

    Rule8920() {
        super("CPPendDate", CensusFile.ProtectionPlan::endDate);
    }

    @Override
    public String code() {
        return "8920";
    }
}

package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** A child protection plan does not end after the child's death. */
@Component
class Rule8920 extends EachPartRule<CensusFile.ProtectionPlan> {

    Rule8920() {
        super("CPPendDate", CensusFile.Episode::protectionPlans, CensusFile.ProtectionPlan::fixAt);
    }

    @Override
    public String code() {
        return "8920";
    }

    @Override
    boolean breaks(CensusFile.Child child, CensusFile.ProtectionPlan plan, CollectionWindow window) {
        LocalDate died = ValidatorDates.date(child.identifiers().personDeathDate());
        LocalDate day = ValidatorDates.date(plan.endDate());
        return died != null && day != null && day.isAfter(died);
    }
}

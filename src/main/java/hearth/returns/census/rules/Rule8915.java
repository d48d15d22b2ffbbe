package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** A child protection plan does not start after the child's death. */
@Component
class Rule8915 extends EachPartRule<CensusFile.ProtectionPlan> {

    Rule8915() {
        super("CPPstartDate", CensusFile.Episode::protectionPlans, CensusFile.ProtectionPlan::fixAt);
    }

    @Override
    public String code() {
        return "8915";
    }

    @Override
    boolean breaks(CensusFile.Child child, CensusFile.ProtectionPlan plan, CollectionWindow window) {
        LocalDate died = ValidatorDates.date(child.identifiers().personDeathDate());
        LocalDate day = ValidatorDates.date(plan.startDate());
        return died != null && day != null && day.isAfter(died);
    }
}

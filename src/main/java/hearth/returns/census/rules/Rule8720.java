package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * A child protection plan has a start date on or before the reference date; a missing or malformed
 * start breaks the rule, an early one does not (the validator checks only the end of the period).
 */
@Component
class Rule8720 extends EachPartRule<CensusFile.ProtectionPlan> {

    Rule8720() {
        super("CPPstartDate", CensusFile.Episode::protectionPlans, CensusFile.ProtectionPlan::fixAt);
    }

    @Override
    public String code() {
        return "8720";
    }

    @Override
    boolean breaks(CensusFile.Child child, CensusFile.ProtectionPlan plan, CollectionWindow window) {
        LocalDate start = ValidatorDates.date(plan.startDate());
        return start == null || start.isAfter(window.end());
    }
}

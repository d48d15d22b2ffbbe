package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** A child protection plan does not start and end on the same day. */
@Component
class Rule8840 extends EachPartRule<CensusFile.ProtectionPlan> {

    Rule8840() {
        super("CPPendDate", CensusFile.Episode::protectionPlans, CensusFile.ProtectionPlan::fixAt);
    }

    @Override
    public String code() {
        return "8840";
    }

    @Override
    boolean breaks(CensusFile.Child child, CensusFile.ProtectionPlan plan, CollectionWindow window) {
        LocalDate start = ValidatorDates.date(plan.startDate());
        return start != null && start.equals(ValidatorDates.date(plan.endDate()));
    }
}

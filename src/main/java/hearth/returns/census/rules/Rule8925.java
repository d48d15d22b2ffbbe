package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** A child protection plan does not end before it starts. */
@Component
class Rule8925 extends EachPartRule<CensusFile.ProtectionPlan> {

    Rule8925() {
        super("CPPendDate", CensusFile.Episode::protectionPlans, CensusFile.ProtectionPlan::fixAt);
    }

    @Override
    public String code() {
        return "8925";
    }

    @Override
    boolean breaks(CensusFile.Child child, CensusFile.ProtectionPlan plan, CollectionWindow window) {
        LocalDate start = ValidatorDates.date(plan.startDate());
        LocalDate end = ValidatorDates.date(plan.endDate());
        return start != null && end != null && end.isBefore(start);
    }
}

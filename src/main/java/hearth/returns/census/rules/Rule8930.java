package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** A child protection plan's end date, when it has one, falls within the census period. */
@Component
class Rule8930 extends EachPartRule<CensusFile.ProtectionPlan> {

    Rule8930() {
        super("CPPendDate", CensusFile.Episode::protectionPlans, CensusFile.ProtectionPlan::fixAt);
    }

    @Override
    public String code() {
        return "8930";
    }

    @Override
    boolean breaks(CensusFile.Child child, CensusFile.ProtectionPlan plan, CollectionWindow window) {
        LocalDate end = ValidatorDates.date(plan.endDate());
        return end != null && !window.contains(end);
    }
}

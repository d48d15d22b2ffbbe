package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * A child protection plan's review is after the plan's start. The validator reads one review date
 * per plan, the first in its Reviews block, and so does Hearth.
 */
@Component
class Rule8841 extends EachPartRule<CensusFile.ProtectionPlan> {

    Rule8841() {
        super("CPPreviewDate", CensusFile.Episode::protectionPlans, CensusFile.ProtectionPlan::fixAt);
    }

    @Override
    public String code() {
        return "8841";
    }

    @Override
    boolean breaks(CensusFile.Child child, CensusFile.ProtectionPlan plan, CollectionWindow window) {
        LocalDate start = ValidatorDates.date(plan.startDate());
        LocalDate review = plan.reviewDates().isEmpty() ? null : ValidatorDates.date(plan.reviewDates().get(0));
        return start != null && review != null && !review.isAfter(start);
    }
}

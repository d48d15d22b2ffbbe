package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import org.springframework.stereotype.Component;

/** A child protection plan's Reviews block has a review date: its first CPPreviewDate is not empty and is a date. */
@Component
class Rule8842Q extends EachPartRule<CensusFile.ProtectionPlan> {

    Rule8842Q() {
        super("CPPreviewDate", CensusFile.Episode::protectionPlans, CensusFile.ProtectionPlan::fixAt);
    }

    @Override
    public String code() {
        return "8842Q";
    }

    @Override
    boolean breaks(CensusFile.Child child, CensusFile.ProtectionPlan plan, CollectionWindow window) {
        return !plan.reviewDates().isEmpty() && ValidatorDates.date(plan.reviewDates().get(0)) == null;
    }
}

package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import java.util.function.Function;

/**
 * A rule about one value of each child protection plan (a category of abuse, a date), which pairs
 * of rules check alike for two of the plan's fields.
 */
abstract class PlanValueRule extends EachPartRule<CensusFile.ProtectionPlan> {

    private final Function<CensusFile.ProtectionPlan, String> value;

    PlanValueRule(String field, Function<CensusFile.ProtectionPlan, String> value) {
        super(field, CensusFile.Episode::protectionPlans, CensusFile.ProtectionPlan::fixAt);
        this.value = value;
    }

    abstract boolean breaks(CensusFile.Child child, String value);

    @Override
    final boolean breaks(CensusFile.Child child, CensusFile.ProtectionPlan plan, CollectionWindow window) {
        return breaks(child, value.apply(plan));
    }
}

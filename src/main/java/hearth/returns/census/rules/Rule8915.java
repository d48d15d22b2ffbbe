package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.List;
import org.springframework.stereotype.Component;

/** A child protection plan does not start after the child's death. */
@Component
class Rule8915 extends PlanValueRule {

    Rule8915() {
        this("CPPstartDate", CensusFile.ProtectionPlan::startDate);
    }

    /** For rule 8920, which checks the plan's end the same way. */
    Rule8915(String field, Function<CensusFile.ProtectionPlan, String> date) {
        super(field, date);
    }

    @Override
    public List<CensusFile.Child> views(List<CensusFile.Child> group) {
        return SameIdChildRule.together(group);
    }

    @Override
    public String code() {
        return "8915";
    }

    @Override
    boolean breaks(CensusFile.Child child, String date) {
        LocalDate died = ValidatorDates.date(child.identifiers().personDeathDate());
        LocalDate day = ValidatorDates.date(date);
        return died != null && day != null && day.isAfter(died);
    }
}

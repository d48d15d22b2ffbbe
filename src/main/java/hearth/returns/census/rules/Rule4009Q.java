package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** 4009Q: a child in need plan cannot end after the child's date of death. */
@Component
class Rule4009Q implements ChildRule {

    @Override
    public String code() {
        return "4009Q";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        LocalDate death = ValidatorDates.date(child.identifiers().personDeathDate());
        for (CensusFile.Episode episode : child.episodes()) {
            for (CensusFile.CinPlan plan : episode.cinPlans()) {
                if (ValidatorDates.before(death, ValidatorDates.date(plan.endDate()))) {
                    breaches.child(child, "CINPlanEndDate", plan.fixAt());
                }
            }
        }
    }
}

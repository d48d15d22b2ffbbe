package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** 4009Q: a child in need plan cannot end after the child's date of death. */
@Component
class Rule4009Q implements SameIdRule {

    @Override
    public String code() {
        return "4009Q";
    }

    @Override
    public void check(List<CensusFile.Child> sameId, CollectionWindow window, Breaches breaches) {
        for (LocalDate death : ValidatorDates.deathsOf(sameId)) {
            for (var held : PlanOverlap.cinPlans(sameId)) {
                if (ValidatorDates.before(death, ValidatorDates.date(held.plan().endDate()))) {
                    breaches.child(held.child(), "CINPlanEndDate", held.plan().fixAt());
                }
            }
        }
    }
}

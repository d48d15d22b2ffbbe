package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusRule;
import hearth.returns.census.CensusYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** A CIN plan cannot start after the child's date of death. */
@Component
class Rule4008 implements CensusRule {

    @Override
    public String code() {
        return "4008";
    }

    @Override
    public void check(CensusFile file, CensusYear year, Breaches breaches) {
        for (List<CensusFile.Child> child : SameIdChildren.of(file)) {
            List<LocalDate> deaths = child.stream().map(c -> ValidatorDates.date(c.identifiers().personDeathDate()))
                    .filter(Objects::nonNull).toList();
            if (deaths.isEmpty()) {
                continue;
            }
            boolean startsAfter = SameIdChildren.episodes(child).stream().flatMap(e -> e.cinPlans().stream())
                    .map(plan -> ValidatorDates.date(plan.startDate())).filter(Objects::nonNull)
                    .anyMatch(start -> deaths.stream().anyMatch(start::isAfter));
            if (startsAfter) {
                breaches.child(child.get(0), "CINPlanStartDate");
            }
        }
    }
}

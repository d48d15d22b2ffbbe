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
            LocalDate earliestDeath = child.stream().map(c -> ValidatorDates.date(c.identifiers().personDeathDate()))
                    .filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
            if (earliestDeath == null) {
                continue;
            }
            boolean startsAfter = SameIdChildren.episodes(child).stream().flatMap(e -> e.cinPlans().stream())
                    .map(plan -> ValidatorDates.date(plan.startDate())).filter(Objects::nonNull)
                    .anyMatch(start -> start.isAfter(earliestDeath));
            if (startsAfter) {
                breaches.child(child.get(0), "CINPlanStartDate");
            }
        }
    }
}

package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import java.util.List;
import org.springframework.stereotype.Component;

/** A CIN plan cannot be open while a protection plan of the same episode is open. */
@Component
class Rule4001 extends NumberedEpisodeRule {

    @Override
    public String code() {
        return "4001";
    }

    @Override
    String field() {
        return "CINPlanEndDate";
    }

    @Override
    boolean breaks(List<CensusFile.Episode> episode, CollectionWindow window) {
        boolean openProtection = episode.stream().flatMap(e -> e.protectionPlans().stream())
                .anyMatch(plan -> ValidatorDates.date(plan.endDate()) == null);
        return openProtection && episode.stream().flatMap(e -> e.cinPlans().stream())
                .anyMatch(plan -> ValidatorDates.date(plan.startDate()) != null
                        && ValidatorDates.date(plan.endDate()) == null);
    }
}

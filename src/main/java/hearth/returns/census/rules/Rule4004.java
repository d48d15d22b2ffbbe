package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import java.util.List;
import org.springframework.stereotype.Component;

/** An episode cannot have more than one open CIN plan (no end date). */
@Component
class Rule4004 extends NumberedEpisodeRule {

    @Override
    public String code() {
        return "4004";
    }

    @Override
    String field() {
        return "CINPlanEndDate";
    }

    @Override
    boolean breaks(List<CensusFile.Episode> episode, CollectionWindow window) {
        return episode.stream().flatMap(e -> e.cinPlans().stream())
                .filter(plan -> ValidatorDates.date(plan.endDate()) == null).count() > 1;
    }

    @Override
    boolean countsChildrenWithoutId() {
        return false;
    }
}

package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A referral with no further action (ReferralNFA true or 1) cannot have a CIN plan. */
@Component
class Rule4000 extends NumberedEpisodeRule {

    /** As the validator reads the flag: exactly "true" or "1". */
    private static final Set<String> NO_FURTHER_ACTION = Set.of("true", "1");

    @Override
    public String code() {
        return "4000";
    }

    @Override
    String field() {
        return "CINPlanDates";
    }

    @Override
    boolean breaks(List<CensusFile.Episode> episode, CollectionWindow window) {
        return episode.stream().anyMatch(e -> e.referralNfa() != null && NO_FURTHER_ACTION.contains(e.referralNfa()))
                && episode.stream().anyMatch(e -> !e.cinPlans().isEmpty());
    }
}

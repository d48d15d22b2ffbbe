package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import java.util.List;
import org.springframework.stereotype.Component;

/** An episode closed with RC8 or RC9 (case closed after assessment) has an assessment. */
@Component
class Rule8825Q extends EachPartRule<CensusFile.Episode> {

    Rule8825Q() {
        super("ReasonForClosure", EPISODES, CensusFile.Episode::fixAt);
    }

    @Override
    public List<CensusFile.Child> views(List<CensusFile.Child> group) {
        return SameIdChildRule.joinedByNumber(group);
    }

    @Override
    public String code() {
        return "8825Q";
    }

    @Override
    boolean breaks(CensusFile.Child child, CensusFile.Episode episode, CollectionWindow window) {
        return ValidatorCodes.in(episode.reasonForClosure(), "RC8", "RC9") && episode.assessments().isEmpty();
    }
}

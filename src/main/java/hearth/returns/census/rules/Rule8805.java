package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import org.springframework.stereotype.Component;

/** An episode with a (valid) closure date has a reason for closure. */
@Component
class Rule8805 extends EachPartRule<CensusFile.Episode> {

    Rule8805() {
        super("ReasonForClosure", EPISODES, CensusFile.Episode::fixAt);
    }

    @Override
    public String code() {
        return "8805";
    }

    @Override
    boolean breaks(CensusFile.Child child, CensusFile.Episode episode, CollectionWindow window) {
        return ValidatorDates.date(episode.cinClosureDate()) != null && episode.reasonForClosure() == null;
    }
}

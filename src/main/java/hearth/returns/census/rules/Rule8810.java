package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import org.springframework.stereotype.Component;

/** An episode with a reason for closure has a closure date (a malformed one counts as none). */
@Component
class Rule8810 extends EachPartRule<CensusFile.Episode> {

    Rule8810() {
        super("CINclosureDate", EPISODES, CensusFile.Episode::fixAt);
    }

    @Override
    public String code() {
        return "8810";
    }

    @Override
    boolean breaks(CensusFile.Child child, CensusFile.Episode episode, CollectionWindow window) {
        return episode.reasonForClosure() != null && ValidatorDates.date(episode.cinClosureDate()) == null;
    }
}

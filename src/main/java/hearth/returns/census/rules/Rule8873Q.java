package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import org.springframework.stereotype.Component;

/**
 * An episode whose only assessment found no factors (a factor containing "21") is closed with
 * RC8 or RC9. As in the validator, the assessment need not be authorised and an open episode,
 * having no reason for closure, breaks the rule.
 */
@Component
class Rule8873Q extends EachPartRule<CensusFile.Episode> {

    Rule8873Q() {
        super("ReasonForClosure", EPISODES, CensusFile.Episode::fixAt);
    }

    @Override
    public String code() {
        return "8873Q";
    }

    @Override
    boolean breaks(CensusFile.Child child, CensusFile.Episode episode, CollectionWindow window) {
        return episode.assessments().size() == 1 && noFactors(episode.assessments().get(0))
                && !ValidatorCodes.in(episode.reasonForClosure(), "RC8", "RC9");
    }

    private static boolean noFactors(CensusFile.Assessment assessment) {
        return assessment.factors().stream().anyMatch(factor -> factor != null && factor.contains("21"));
    }
}

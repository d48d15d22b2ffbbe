package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusRule;
import hearth.returns.census.CensusYear;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * An episode whose only assessment found no factors (a factor containing "21") is closed with
 * RC8 or RC9. As in the validator, the assessment need not be authorised and an open episode,
 * having no reason for closure, breaks the rule. "Only" is the validator's: no assessment of the
 * episode holds another place in it, so the same-numbered episodes of children who share an id
 * may hold one first assessment each.
 */
@Component
class Rule8873Q implements CensusRule {

    @Override
    public String code() {
        return "8873Q";
    }

    @Override
    public void check(CensusFile file, CensusYear year, Breaches breaches) {
        for (List<CensusFile.Child> group : SameIdChildren.of(file)) {
            List<List<CensusFile.Episode>> byNumber = SameIdChildren.episodesByNumber(group);
            for (CensusFile.Child child : group) {
                for (int n = 0; n < child.episodes().size(); n++) {
                    CensusFile.Episode episode = child.episodes().get(n);
                    if (onlyAssessmentFoundNoFactors(byNumber.get(n))
                            && !ValidatorCodes.in(episode.reasonForClosure(), "RC8", "RC9")) {
                        breaches.child(child, "ReasonForClosure", episode.fixAt());
                    }
                }
            }
        }
    }

    private static boolean onlyAssessmentFoundNoFactors(List<CensusFile.Episode> sameNumber) {
        if (sameNumber.stream().anyMatch(episode -> episode.assessments().size() > 1)) {
            return false;
        }
        return sameNumber.stream().flatMap(episode -> episode.assessments().stream())
                .flatMap(assessment -> assessment.factors().stream())
                .anyMatch(factor -> factor != null && factor.contains("21"));
    }
}

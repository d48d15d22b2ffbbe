package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A child whose UPN is unknown because of a referral with no further action (UN7) has only such
 * referrals; a child with no episode at all breaks the rule too, as in the validator.
 */
@Component
class Rule8772 implements SameIdChildRule {

    @Override
    public List<CensusFile.Child> views(List<CensusFile.Child> group) {
        return SameIdChildRule.together(group);
    }

    @Override
    public String code() {
        return "8772";
    }

    @Override
    public void check(CensusFile.Child child, CollectionWindow window, Breaches breaches) {
        if ("UN7".equals(child.identifiers().upnUnknown()) && (child.episodes().isEmpty()
                || child.episodes().stream().anyMatch(episode -> !ValidatorCodes.lowerIn(episode.referralNfa(),
                        "true", "1")))) {
            breaches.child(child, "UPNunknown");
        }
    }
}

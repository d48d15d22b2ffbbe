package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A referral with no further action (ReferralNFA exactly "true" or "1") has no initial conference
 * date, no section 47 enquiry start and no assessment start or authorisation (valid dates only).
 */
@Component
class Rule8831 extends EachPartRule<CensusFile.Episode> {

    Rule8831() {
        super("ReferralNFA", EPISODES, CensusFile.Episode::fixAt);
    }

    @Override
    public List<CensusFile.Child> views(List<CensusFile.Child> group) {
        return SameIdChildRule.joinedByNumber(group);
    }

    @Override
    public String code() {
        return "8831";
    }

    @Override
    boolean breaks(CensusFile.Child child, CensusFile.Episode episode, CollectionWindow window) {
        return ValidatorCodes.in(episode.referralNfa(), "true", "1") && hasActivity(episode);
    }

    private static boolean hasActivity(CensusFile.Episode episode) {
        return ValidatorDates.date(episode.dateOfInitialCpc()) != null
                || episode.section47s().stream().anyMatch(enquiry -> ValidatorDates.date(enquiry.actualStartDate()) != null)
                || episode.assessments().stream().anyMatch(assessment -> ValidatorDates.date(assessment.actualStartDate()) != null
                        || ValidatorDates.date(assessment.authorisationDate()) != null);
    }
}

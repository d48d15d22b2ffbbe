package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A child of school age in a referral going on to further action has a UPN or a reason for
 * having none other than UN1 ("not of school age"). School age, as the validator counts it: born
 * on or before the 31 August five years before the one after the reference date.
 */
@Component
class Rule8770Q implements SameIdChildRule {

    @Override
    public List<CensusFile.Child> views(List<CensusFile.Child> group) {
        return SameIdChildRule.together(group);
    }

    @Override
    public String code() {
        return "8770Q";
    }

    @Override
    public void check(CensusFile.Child child, CollectionWindow window, Breaches breaches) {
        CensusFile.Identifiers identifiers = child.identifiers();
        LocalDate born = ValidatorDates.date(identifiers.personBirthDate());
        LocalDate schoolAge = window.end().plusMonths(4).plusDays(31).minusYears(6);
        boolean furtherAction = child.episodes().stream()
                .anyMatch(episode -> "0".equals(episode.referralNfa()) || ValidatorCodes.lowerIn(episode.referralNfa(), "false"));
        if (born != null && !born.isAfter(schoolAge) && furtherAction && identifiers.upn() == null
                && !ValidatorCodes.in(ValidatorCodes.upper(identifiers.upnUnknown()), "UN2", "UN3", "UN4", "UN5",
                        "UN6", "UN7")) {
            breaches.child(child, "UPN");
        }
    }
}

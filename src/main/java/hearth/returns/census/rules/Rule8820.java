package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A child's episodes do not overlap: none is referred on or after another's referral and before
 * that one's closure, or, when that one is open and going on to further action, before the
 * reference date.
 */
@Component
class Rule8820 implements SameIdChildRule {

    @Override
    public List<CensusFile.Child> views(List<CensusFile.Child> group) {
        return SameIdChildRule.together(group);
    }

    @Override
    public String code() {
        return "8820";
    }

    @Override
    public void check(CensusFile.Child child, CollectionWindow window, Breaches breaches) {
        StartsWhileOpen.among(Rule8816.referred(child), (episode, other) -> episode != other && startsWhileOpen(episode, other, window))
                .forEach(episode -> breaches.child(child, "CINreferralDate", episode.fixAt()));
    }

    private static boolean startsWhileOpen(CensusFile.Episode episode, CensusFile.Episode other,
            CollectionWindow window) {
        LocalDate referred = ValidatorDates.date(episode.cinReferralDate());
        if (referred.isBefore(ValidatorDates.date(other.cinReferralDate()))) {
            return false;
        }
        LocalDate closed = ValidatorDates.date(other.cinClosureDate());
        if (closed != null) {
            return referred.isBefore(closed);
        }
        return referred.isBefore(window.end()) && ValidatorCodes.lowerIn(other.referralNfa(), "false", "0");
    }
}

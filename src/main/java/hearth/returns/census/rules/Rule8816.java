package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * An open episode going on to further action is the child's latest: of the episodes with a valid
 * referral date, the first with the latest date. A later one with the same date, open, breaks it.
 */
@Component
class Rule8816 implements SameIdChildRule {

    @Override
    public List<CensusFile.Child> views(List<CensusFile.Child> group) {
        return SameIdChildRule.together(group);
    }

    @Override
    public String code() {
        return "8816";
    }

    @Override
    public void check(CensusFile.Child child, CollectionWindow window, Breaches breaches) {
        List<CensusFile.Episode> referred = referred(child);
        CensusFile.Episode latest = null;
        for (CensusFile.Episode episode : referred) {
            if (latest == null || referral(episode).isAfter(referral(latest))) {
                latest = episode;
            }
        }
        for (CensusFile.Episode episode : referred) {
            if (episode != latest && Rule8815.openFurtherAction(episode)) {
                breaches.child(child, "CINreferralDate", episode.fixAt());
            }
        }
    }

    private static LocalDate referral(CensusFile.Episode episode) {
        return ValidatorDates.date(episode.cinReferralDate());
    }

    /** The child's episodes with a valid referral date, the only ones the validator compares. */
    static List<CensusFile.Episode> referred(CensusFile.Child child) {
        return child.episodes().stream().filter(episode -> referral(episode) != null).toList();
    }
}

package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** 8600: every episode has a referral date, and it is not after the reference date. */
@Component
class Rule8600 implements WindowedChildRule {

    @Override
    public String code() {
        return "8600";
    }

    @Override
    public void check(CensusFile.Child child, CollectionWindow window, Breaches breaches) {
        for (CensusFile.Episode episode : child.episodes()) {
            LocalDate referral = ValidatorDates.date(episode.cinReferralDate());
            if (referral == null || referral.isAfter(window.end())) {
                breaches.child(child, "CINreferralDate", episode.fixAt());
            }
        }
    }
}

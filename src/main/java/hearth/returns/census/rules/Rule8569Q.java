package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * 8569Q: a referral made before the census period (before its first day, moved forward to a
 * working day) cannot be a "no further action" referral. Any flag other than exactly "false" or
 * "0", a missing one included, counts as no further action, as in the validator.
 */
@Component
class Rule8569Q implements WindowedChildRule {

    @Override
    public String code() {
        return "8569Q";
    }

    @Override
    public void check(CensusFile.Child child, CollectionWindow window, Breaches breaches) {
        LocalDate firstWorkingDay = window.workingDaysBefore(window.start(), 1);
        for (CensusFile.Episode episode : child.episodes()) {
            if (ValidatorDates.before(ValidatorDates.date(episode.cinReferralDate()), firstWorkingDay)
                    && !CensusFlags.isFalse(episode.referralNfa())) {
                breaches.child(child, "CINreferralDate", episode.fixAt());
            }
        }
    }
}

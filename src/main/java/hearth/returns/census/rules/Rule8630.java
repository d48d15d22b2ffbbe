package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import org.springframework.stereotype.Component;

/** 8630: an episode cannot close before its referral date. */
@Component
class Rule8630 implements ChildRule {

    @Override
    public String code() {
        return "8630";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        for (CensusFile.Episode episode : child.episodes()) {
            if (ValidatorDates.before(episode.cinClosureDate(), episode.cinReferralDate())) {
                breaches.child(child, "CINclosureDate", episode.fixAt());
            }
        }
    }
}

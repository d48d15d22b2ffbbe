package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import org.springframework.stereotype.Component;

/** 8610: a referral that led to further action has a primary need code. */
@Component
class Rule8610 implements ChildRule {

    @Override
    public String code() {
        return "8610";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        for (CensusFile.Episode episode : child.episodes()) {
            if (CensusFlags.isFalse(episode.referralNfa()) && episode.primaryNeedCode() == null) {
                breaches.child(child, "PrimaryNeedCode", episode.fixAt());
            }
        }
    }
}

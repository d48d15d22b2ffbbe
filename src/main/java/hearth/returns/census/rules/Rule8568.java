package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/** 8568: every episode has a referral NFA flag of true, false, 1 or 0 (in any case). */
@Component
class Rule8568 implements ChildRule {

    private static final Set<String> FLAGS = Set.of("true", "false", "1", "0");

    @Override
    public String code() {
        return "8568";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        for (CensusFile.Episode episode : child.episodes()) {
            String flag = episode.referralNfa();
            if (flag == null || !FLAGS.contains(flag.toLowerCase(Locale.ROOT))) {
                breaches.child(child, "ReferralNFA", episode.fixAt());
            }
        }
    }
}

package hearth.returns.census.rules;

import hearth.reference.CodeLists;
import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;

/** An episode referred on or after 1 April 2013 has a referral source from the DfE's list. */
@Component
class Rule8866 extends EachPartRule<CensusFile.Episode> {

    private static final LocalDate SOURCES_REQUIRED = LocalDate.of(2013, 4, 1);

    private final Set<String> sources;

    Rule8866(CodeLists codes) {
        super("ReferralSource", EPISODES, CensusFile.Episode::fixAt);
        this.sources = CodeSets.of(codes, "referralsourcetype");
    }

    @Override
    public String code() {
        return "8866";
    }

    @Override
    boolean breaks(CensusFile.Child child, CensusFile.Episode episode, CollectionWindow window) {
        return referred(episode) != null && !referred(episode).isBefore(SOURCES_REQUIRED)
                && !CodeSets.holds(sources, episode.referralSource());
    }

    private static LocalDate referred(CensusFile.Episode episode) {
        return ValidatorDates.date(episode.cinReferralDate());
    }
}

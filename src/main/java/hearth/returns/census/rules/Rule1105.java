package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** A child protection plan cannot start before the episode's referral date. */
@Component
class Rule1105 extends BeforeReferralRule {

    @Override
    public String code() {
        return "1105";
    }

    @Override
    String field() {
        return "CPPstartDate";
    }

    @Override
    Stream<String> datesIn(CensusFile.Episode episode) {
        return episode.protectionPlans().stream().map(CensusFile.ProtectionPlan::startDate);
    }
}

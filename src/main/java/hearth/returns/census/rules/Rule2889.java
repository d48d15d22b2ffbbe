package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** A section 47 enquiry cannot start before the episode's referral date. */
@Component
class Rule2889 extends BeforeReferralRule {

    @Override
    public String code() {
        return "2889";
    }

    @Override
    String field() {
        return "S47ActualStartDate";
    }

    @Override
    Stream<String> datesIn(CensusFile.Episode episode) {
        return episode.section47s().stream().map(CensusFile.Section47::actualStartDate);
    }
}

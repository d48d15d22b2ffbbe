package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** A section 47 enquiry's initial conference cannot be before the episode's referral date. */
@Component
class Rule1104 extends BeforeReferralRule {

    @Override
    public String code() {
        return "1104";
    }

    @Override
    String field() {
        return "DateOfInitialCPC";
    }

    @Override
    Stream<String> datesIn(CensusFile.Episode episode) {
        return episode.section47s().stream().map(CensusFile.Section47::dateOfInitialCpc);
    }
}

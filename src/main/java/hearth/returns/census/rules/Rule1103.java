package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** An assessment cannot start before the episode's referral date. */
@Component
class Rule1103 extends BeforeReferralRule {

    @Override
    public String code() {
        return "1103";
    }

    @Override
    String field() {
        return "AssessmentActualStartDate";
    }

    @Override
    Stream<String> datesIn(CensusFile.Episode episode) {
        return episode.assessments().stream().map(CensusFile.Assessment::actualStartDate);
    }
}

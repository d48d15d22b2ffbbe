package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** An episode closed after assessment with no further action or referred to early help (RC8, RC9) must show no conference, protection plan, enquiry or CIN plan. */
@Component
class Rule2990 extends NumberedEpisodeRule {

    private static final Set<String> CLOSED_AFTER_ASSESSMENT = Set.of("RC8", "RC9");

    @Override
    public String code() {
        return "2990";
    }

    @Override
    String field() {
        return "ReasonForClosure";
    }

    @Override
    boolean breaks(List<CensusFile.Episode> episode, CollectionWindow window) {
        boolean activity = episode.stream().anyMatch(e -> !e.protectionPlans().isEmpty() || !e.section47s().isEmpty()
                || !e.cinPlans().isEmpty());
        return episode.stream().anyMatch(e -> e.reasonForClosure() != null && CLOSED_AFTER_ASSESSMENT.contains(e.reasonForClosure())
                && (activity || ValidatorDates.date(e.dateOfInitialCpc()) != null));
    }
}

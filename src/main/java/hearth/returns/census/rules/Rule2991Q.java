package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import java.util.List;
import org.springframework.stereotype.Component;

/** An episode with a section 47 enquiry should have an assessment. */
@Component
class Rule2991Q extends NumberedEpisodeRule {

    @Override
    public String code() {
        return "2991Q";
    }

    @Override
    String field() {
        return "Section47";
    }

    @Override
    boolean breaks(List<CensusFile.Episode> episode, CollectionWindow window) {
        return episode.stream().anyMatch(e -> !e.section47s().isEmpty())
                && episode.stream().allMatch(e -> e.assessments().isEmpty());
    }
}

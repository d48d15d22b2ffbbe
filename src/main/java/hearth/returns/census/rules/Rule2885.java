package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * A protection plan starting in the year must start on the day of an initial conference: one
 * of the episode's enquiries' when it has enquiries, else the episode's own.
 */
@Component
class Rule2885 extends NumberedEpisodeRule {

    @Override
    public String code() {
        return "2885";
    }

    @Override
    String field() {
        return "CPPstartDate";
    }

    @Override
    boolean breaks(List<CensusFile.Episode> episode, CollectionWindow window) {
        List<LocalDate> starts = episode.stream().flatMap(e -> e.protectionPlans().stream())
                .map(plan -> ValidatorDates.date(plan.startDate())).filter(d -> d != null && window.contains(d))
                .toList();
        if (starts.isEmpty()) {
            return false;
        }
        boolean enquiries = episode.stream().anyMatch(e -> !e.section47s().isEmpty());
        Stream<String> conferences = enquiries
                ? episode.stream().flatMap(e -> e.section47s().stream()).map(CensusFile.Section47::dateOfInitialCpc)
                : episode.stream().map(CensusFile.Episode::dateOfInitialCpc);
        Set<LocalDate> days = conferences.map(ValidatorDates::date).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return starts.stream().anyMatch(start -> !days.contains(start));
    }
}

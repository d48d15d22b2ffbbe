package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusRule;
import hearth.returns.census.CensusYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * An initial conference must be recorded once, on the episode or on its enquiry: a child whose
 * episode and enquiry give the same conference date is reported (the validator matches the
 * dates across all of the child's episodes, and so does this rule).
 */
@Component
class Rule2884 implements CensusRule {

    @Override
    public String code() {
        return "2884";
    }

    @Override
    public void check(CensusFile file, CensusYear year, Breaches breaches) {
        for (List<CensusFile.Child> child : SameIdChildren.of(file)) {
            List<CensusFile.Episode> episodes = SameIdChildren.episodes(child);
            Set<LocalDate> onEpisodes = episodes.stream().map(e -> ValidatorDates.date(e.dateOfInitialCpc()))
                    .filter(Objects::nonNull).collect(Collectors.toSet());
            if (onEpisodes.isEmpty()) {
                continue;
            }
            for (CensusFile.Episode episode : episodes) {
                for (CensusFile.Section47 enquiry : episode.section47s()) {
                    if (onEpisodes.contains(ValidatorDates.date(enquiry.dateOfInitialCpc()))) {
                        breaches.child(child.get(0), "DateOfInitialCPC", enquiry.fixAt());
                    }
                }
            }
        }
    }
}

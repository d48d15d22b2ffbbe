package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A child born more than 25 years before the reference date has an episode open, or closed after
 * their 25th birthday (a missing or malformed closure counts as open).
 */
@Component
class Rule8775Q implements SameIdChildRule {

    @Override
    public List<CensusFile.Child> views(List<CensusFile.Child> group) {
        return SameIdChildRule.together(group);
    }

    @Override
    public String code() {
        return "8775Q";
    }

    @Override
    public void check(CensusFile.Child child, CollectionWindow window, Breaches breaches) {
        LocalDate born = ValidatorDates.date(child.identifiers().personBirthDate());
        if (born == null || !born.isBefore(window.end().minusYears(25))) {
            return;
        }
        LocalDate twentyFifth = born.plusYears(25);
        for (CensusFile.Episode episode : child.episodes()) {
            LocalDate closed = ValidatorDates.date(episode.cinClosureDate());
            if (closed == null || closed.isAfter(twentyFifth)) {
                breaches.child(child, "PersonBirthDate", episode.fixAt());
            }
        }
    }
}

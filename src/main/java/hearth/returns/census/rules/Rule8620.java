package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** 8620: a closure date, where given, falls within the census period. */
@Component
class Rule8620 implements WindowedChildRule {

    @Override
    public String code() {
        return "8620";
    }

    @Override
    public void check(CensusFile.Child child, CollectionWindow window, Breaches breaches) {
        for (CensusFile.Episode episode : child.episodes()) {
            LocalDate closed = ValidatorDates.date(episode.cinClosureDate());
            if (closed != null && !window.contains(closed)) {
                breaches.child(child, "CINclosureDate", episode.fixAt());
            }
        }
    }
}

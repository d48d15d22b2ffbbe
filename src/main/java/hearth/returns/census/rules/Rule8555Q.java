package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** 8555Q: a child cannot be referred after the date of death. */
@Component
class Rule8555Q implements SameIdRule {

    @Override
    public String code() {
        return "8555Q";
    }

    @Override
    public void check(List<CensusFile.Child> sameId, CollectionWindow window, Breaches breaches) {
        for (LocalDate death : ValidatorDates.deathsOf(sameId)) {
            for (CensusFile.Child child : sameId) {
                for (CensusFile.Episode episode : child.episodes()) {
                    if (ValidatorDates.before(death, ValidatorDates.date(episode.cinReferralDate()))) {
                        breaches.child(child, "CINreferralDate", episode.fixAt());
                    }
                }
            }
        }
    }
}

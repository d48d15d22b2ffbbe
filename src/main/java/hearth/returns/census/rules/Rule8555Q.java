package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** 8555Q: a child cannot be referred after the date of death. */
@Component
class Rule8555Q implements ChildRule {

    @Override
    public String code() {
        return "8555Q";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        LocalDate death = ValidatorDates.date(child.identifiers().personDeathDate());
        for (CensusFile.Episode episode : child.episodes()) {
            if (ValidatorDates.before(death, ValidatorDates.date(episode.cinReferralDate()))) {
                breaches.child(child, "CINreferralDate", episode.fixAt());
            }
        }
    }
}

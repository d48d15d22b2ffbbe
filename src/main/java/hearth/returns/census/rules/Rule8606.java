package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** 8606: a referral is not more than 280 days (40 weeks) before the date of birth or the expected one. */
@Component
class Rule8606 implements SameIdRule {

    private static final int PREGNANCY_DAYS = 280;

    @Override
    public String code() {
        return "8606";
    }

    @Override
    public void check(List<CensusFile.Child> sameId, CollectionWindow window, Breaches breaches) {
        for (CensusFile.Child born : sameId) {
            LocalDate birth = earliestReferral(born.identifiers().personBirthDate());
            LocalDate expected = earliestReferral(born.identifiers().expectedPersonBirthDate());
            for (CensusFile.Child child : sameId) {
                for (CensusFile.Episode episode : child.episodes()) {
                    LocalDate referral = ValidatorDates.date(episode.cinReferralDate());
                    if (ValidatorDates.before(referral, birth) || ValidatorDates.before(referral, expected)) {
                        breaches.child(child, "CINreferralDate", episode.fixAt());
                    }
                }
            }
        }
    }

    private static LocalDate earliestReferral(String birth) {
        LocalDate day = ValidatorDates.date(birth);
        return day != null ? day.minusDays(PREGNANCY_DAYS) : null;
    }
}

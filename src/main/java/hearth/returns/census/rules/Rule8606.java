package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** 8606: a referral is not more than 280 days (40 weeks) before the date of birth or the expected one. */
@Component
class Rule8606 implements ChildRule {

    private static final int PREGNANCY_DAYS = 280;

    @Override
    public String code() {
        return "8606";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        LocalDate birth = earliestReferral(child.identifiers().personBirthDate());
        LocalDate expected = earliestReferral(child.identifiers().expectedPersonBirthDate());
        for (CensusFile.Episode episode : child.episodes()) {
            LocalDate referral = ValidatorDates.date(episode.cinReferralDate());
            if (ValidatorDates.before(referral, birth) || ValidatorDates.before(referral, expected)) {
                breaches.child(child, "CINreferralDate", episode.fixAt());
            }
        }
    }

    private static LocalDate earliestReferral(String birth) {
        LocalDate day = ValidatorDates.date(birth);
        return day != null ? day.minusDays(PREGNANCY_DAYS) : null;
    }
}

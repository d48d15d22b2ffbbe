package hearth.returns.census.rules;

import hearth.returns.census.CensusFile;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** A date within an episode that must not be before the episode's referral date (absent dates pass). */
abstract class BeforeReferralRule extends NumberedEpisodeRule {

    /** The dates of the episode that the rule compares with its referral date, as written. */
    abstract Stream<String> datesIn(CensusFile.Episode episode);

    @Override
    final boolean breaks(List<CensusFile.Episode> episode, CollectionWindow window) {
        // Before any of the referral dates (several when children share an id) is before the latest.
        LocalDate latest = episode.stream().map(e -> ValidatorDates.date(e.cinReferralDate()))
                .filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        return latest != null && episode.stream().flatMap(this::datesIn).map(ValidatorDates::date)
                .filter(Objects::nonNull).anyMatch(latest::isAfter);
    }
}

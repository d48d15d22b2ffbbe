package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusDates;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusRule;
import hearth.returns.census.CensusYear;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** The header's reference date must be given and be 31 March of the header's year. */
@Component
class Rule100 implements CensusRule {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    @Override
    public String code() {
        return "100";
    }

    @Override
    public void check(CensusFile file, CensusYear year, Breaches breaches) {
        Optional<LocalDate> reference = CensusDates.parse(file.header().referenceDate());
        String headerYear = file.header().year();
        boolean expected = reference.isPresent() && headerYear != null && YEAR.matcher(headerYear).matches()
                && reference.get().equals(LocalDate.of(Integer.parseInt(headerYear), 3, 31));
        if (!expected) {
            breaches.file("ReferenceDate");
        }
    }
}

package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusRule;
import hearth.returns.census.CensusYear;
import org.springframework.stereotype.Component;

/**
 * A return should use the disability codes: the councils' validator asks for a reason when the
 * return holds fewer than 8 disability entries of "NONE", and Hearth asks the same.
 */
@Component
class Rule2887Q implements CensusRule {

    private static final long FEWEST = 8;

    @Override
    public String code() {
        return "2887Q";
    }

    @Override
    public void check(CensusFile file, CensusYear year, Breaches breaches) {
        long none = file.children().stream().flatMap(child -> child.characteristics().disabilities().stream())
                .filter("NONE"::equals).count();
        if (none < FEWEST) {
            breaches.file("Disability");
        }
    }
}

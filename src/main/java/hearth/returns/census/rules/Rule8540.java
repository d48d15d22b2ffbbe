package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import org.springframework.stereotype.Component;

/**
 * 8540: a child with a date of birth and a referral that led to further action has a valid
 * disability code (NONE when there is none).
 *
 * <p>The councils' validator 0.1.9 never reports this rule: it hands its engine the breaches
 * under a column name the engine does not read, and the engine drops them all. Councils compare
 * Hearth's findings with that validator's child by child, so Hearth reports none either.
 */
@Component
class Rule8540 implements ChildRule {

    @Override
    public String code() {
        return "8540";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        // nothing to report: see the class comment
    }
}

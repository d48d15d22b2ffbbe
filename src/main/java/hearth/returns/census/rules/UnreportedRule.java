package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusRule;
import hearth.returns.census.CensusYear;

/**
 * A DfE rule that the councils' validator (0.1.9) never reports, because of how it reads the
 * data (each subclass says how). Councils compare Hearth's findings with the validator's child by
 * child, so Hearth reports no child either; the DfE's own checks at submission still apply.
 */
abstract class UnreportedRule implements CensusRule {

    @Override
    public final void check(CensusFile file, CensusYear year, Breaches breaches) {
        // The validator reports nothing for this rule: see the class comment.
    }
}

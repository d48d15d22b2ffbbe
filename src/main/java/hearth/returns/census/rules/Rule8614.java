package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import org.springframework.stereotype.Component;

/**
 * 8614: factors identified at assessment belong only to a completed assessment.
 *
 * <p>The councils' validator 0.1.9 fails on every breach of this rule (it keys each breach by
 * the list of factors, which pandas cannot group by) and so never reports one. Councils compare
 * Hearth's findings with that validator's child by child, so Hearth reports none either; the
 * check returns when the validator's does.
 */
@Component
class Rule8614 implements ChildRule {

    @Override
    public String code() {
        return "8614";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        // nothing to report: see the class comment
    }
}

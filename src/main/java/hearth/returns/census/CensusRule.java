package hearth.returns.census;

/**
 * One of the DfE's census validation rules, named by its code ("8840", "8825Q"). Its severity
 * and message come from the DfE's list ({@link RuleBook}), so a rule holds only its logic.
 * Each rule is a Spring component; {@link CensusValidation} runs them all.
 */
public interface CensusRule {

    /** The DfE code, with its "Q" when the rule is a query. */
    String code();

    void check(CensusFile file, CensusYear year, Breaches breaches);
}

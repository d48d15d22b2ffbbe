package hearth.returns.census.rules;

import org.springframework.stereotype.Component;

/**
 * An assessment names each factor once. The validator finds the repeated factors, then removes
 * duplicate rows from a table holding each assessment's list of factors, which Python cannot
 * compare, and stops with an error whenever the rule is broken.
 */
@Component
class Rule8898 extends UnreportedRule {

    @Override
    public String code() {
        return "8898";
    }
}

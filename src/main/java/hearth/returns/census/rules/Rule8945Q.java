package hearth.returns.census.rules;

import org.springframework.stereotype.Component;

/**
 * Assessment factor '18A' is not used ('18B' or '18C' instead). The validator upper-cases an
 * assessment's list of factors as if it were one text, which gives no value, so it never equals
 * "18A".
 */
@Component
class Rule8945Q extends UnreportedRule {

    @Override
    public String code() {
        return "8945Q";
    }
}

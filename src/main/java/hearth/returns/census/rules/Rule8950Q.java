package hearth.returns.census.rules;

import org.springframework.stereotype.Component;

/**
 * Assessment factor '19A' is not used ('19B' or '19C' instead). The validator upper-cases an
 * assessment's list of factors as if it were one text, which gives no value, so it never equals
 * "19A".
 */
@Component
class Rule8950Q extends UnreportedRule {

    @Override
    public String code() {
        return "8950Q";
    }
}

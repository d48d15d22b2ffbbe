package hearth.returns.census.rules;

import org.springframework.stereotype.Component;

/**
 * Assessment factor 21 (no factors identified) is not used with any other factor. The validator
 * compares an assessment's whole list of factors, as text ("['21', '1A']"), with "21", which
 * never matches.
 */
@Component
class Rule8869 extends UnreportedRule {

    @Override
    public String code() {
        return "8869";
    }
}

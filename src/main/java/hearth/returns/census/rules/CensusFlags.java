package hearth.returns.census.rules;

import java.util.Set;

/**
 * The census's yes/no flags (ReferralNFA, ICPCnotRequired) as the validator reads them in its
 * rules: false only when written exactly "false" or "0", case and all; anything else, a missing
 * flag included, is not false.
 */
final class CensusFlags {

    private static final Set<String> FALSE = Set.of("false", "0");

    private CensusFlags() {
    }

    static boolean isFalse(String flag) {
        return flag != null && FALSE.contains(flag);
    }
}

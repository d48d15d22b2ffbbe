package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusRule;
import hearth.returns.census.CensusYear;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A child protection plan gives its number of previous plans, zero or more. The validator reads
 * every plan's number as an integer the way Python's {@code int()} does (spaces around, a sign and
 * underscores allowed); one value anywhere in the file that is not such a number stops the rule,
 * so it reports no child at all, and Hearth reports none either.
 */
@Component
class Rule8730 implements CensusRule {

    private static final Pattern PYTHON_INT = Pattern.compile("[+-]?\\d+(_\\d+)*");

    @Override
    public String code() {
        return "8730";
    }

    @Override
    public void check(CensusFile file, CensusYear year, Breaches breaches) {
        List<Runnable> found = new ArrayList<>();
        for (CensusFile.Child child : file.children()) {
            for (CensusFile.Episode episode : child.episodes()) {
                for (CensusFile.ProtectionPlan plan : episode.protectionPlans()) {
                    String number = plan.numberOfPreviousCpp();
                    if (number != null && !PYTHON_INT.matcher(number.strip()).matches()) {
                        return;
                    }
                    if (number == null || new BigInteger(number.strip().replace("_", "")).signum() < 0) {
                        found.add(() -> breaches.child(child, "NumberOfPreviousCPP", plan.fixAt()));
                    }
                }
            }
        }
        found.forEach(Runnable::run);
    }
}

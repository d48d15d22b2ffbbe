package hearth.returns.census;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** Runs every census rule over a return and lists what it breaks, in rule order. */
@Component
public class CensusValidation {

    private final List<CensusRule> rules;
    private final RuleBook book = RuleBook.standard();

    public CensusValidation(List<CensusRule> rules) {
        this.rules = rules.stream().sorted(Comparator.comparing(CensusRule::code)).toList();
        rules.forEach(rule -> book.entry(rule.code()));
    }

    /**
     * The rules are independent and read the return without changing it, so they run side by
     * side on the machine's cores, each into its own breaches; the findings keep rule order.
     */
    public List<Finding> validate(CensusFile file, CensusYear year) {
        return rules.parallelStream().map(rule -> found(rule, file, year)).flatMap(List::stream).toList();
    }

    private List<Finding> found(CensusRule rule, CensusFile file, CensusYear year) {
        Breaches breaches = new Breaches();
        rule.check(file, year, breaches);
        RuleBook.Entry entry = book.entry(rule.code());
        List<Finding> findings = new ArrayList<>();
        for (Breaches.Breach breach : breaches.drain()) {
            findings.add(new Finding(entry.code(), entry.severity(), entry.message(), breach.laChildId(),
                    breach.field(), breach.fixAt()));
        }
        return findings;
    }

    /** The codes of the rules Hearth checks, for the page that lists them. */
    public List<String> codes() {
        return rules.stream().map(CensusRule::code).toList();
    }
}

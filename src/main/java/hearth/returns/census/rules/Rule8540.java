package hearth.returns.census.rules;

import hearth.returns.census.Breaches;
import hearth.returns.census.CensusFile;
import hearth.returns.census.CensusYear;
import hearth.returns.census.ChildRule;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * 8540: a child with a date of birth and a referral that led to further action has a valid
 * disability code (NONE when there is none); a missing Disabilities block breaks the rule.
 */
@Component
class Rule8540 implements ChildRule {

    private static final Set<String> DISABILITIES = Set.of("NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR",
            "VIS", "BEH", "CON", "AUT", "DDA");

    @Override
    public String code() {
        return "8540";
    }

    @Override
    public void check(CensusFile.Child child, CensusYear year, Breaches breaches) {
        List<String> disabilities = child.characteristics().disabilities();
        boolean invalid = disabilities.isEmpty() || !DISABILITIES.containsAll(disabilities);
        if (invalid && ValidatorDates.date(child.identifiers().personBirthDate()) != null
                && child.episodes().stream().anyMatch(episode -> CensusFlags.isFalse(episode.referralNfa()))) {
            breaches.child(child, "Disability");
        }
    }
}

package hearth.casework;

import hearth.access.Staff;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The council's routing rules, from configuration ({@code hearth.routing.rules[n].*}, see
 * docs/operations.md): the first rule whose every condition fits the work names its team; with
 * none, {@code hearth.routing.duty-team}, else the first assessment team by name.
 */
@Component
class RoutingRules {

    private final List<Rule> rules;
    private final String dutyTeam;

    RoutingRules(Environment environment) {
        Binder binder = Binder.get(environment);
        this.rules = binder.bind("hearth.routing.rules", Bindable.listOf(Rule.class)).orElse(List.of());
        this.dutyTeam = environment.getProperty("hearth.routing.duty-team", "");
    }

    /**
     * The team for this work: the first fitting rule's, else the duty team, else the first
     * assessment team by name. A name that matches no team is passed over (the check at start
     * has said so), so a decision at the front door is never refused for it.
     *
     * @param age the child's age in years, null when not known (an unborn child has none)
     * @param postcode the child's current postcode, null when not known
     */
    Optional<Staff.Team> teamFor(Involvements.Kind work, Integer age, String postcode, Collection<Staff.Team> teams) {
        return rules.stream().filter(rule -> rule.fits(work, age, postcode))
                .flatMap(rule -> named(rule.team(), teams).stream()).findFirst()
                .or(() -> named(dutyTeam, teams))
                .or(() -> teams.stream().filter(t -> "ASSESSMENT".equals(t.kind()))
                        .min(Comparator.comparing(Staff.Team::name, String.CASE_INSENSITIVE_ORDER)));
    }

    /** The names in the rules that match no team, for the check at start. */
    List<String> unknownTeams(Collection<Staff.Team> teams) {
        return Stream.concat(rules.stream().map(Rule::team), Stream.of(dutyTeam))
                .filter(name -> name != null && !name.isBlank() && named(name, teams).isEmpty()).distinct().toList();
    }

    private static Optional<Staff.Team> named(String name, Collection<Staff.Team> teams) {
        return name == null ? Optional.empty()
                : teams.stream().filter(t -> t.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /**
     * One rule: every condition given must fit; a condition left out fits any child.
     *
     * @param postcodes the starts of postcodes (districts such as "BK4" or sectors such as "BK4 7")
     */
    record Rule(String team, Set<Involvements.Kind> work, Integer minAge, Integer maxAge, List<String> postcodes) {

        boolean fits(Involvements.Kind kind, Integer age, String postcode) {
            return (work == null || work.isEmpty() || work.contains(kind))
                    && (minAge == null || age != null && age >= minAge)
                    && (maxAge == null || age == null || age <= maxAge)
                    && (postcodes == null || postcodes.isEmpty() || inArea(postcode));
        }

        private boolean inArea(String postcode) {
            if (postcode == null) {
                return false;
            }
            String normalised = postcode.toUpperCase(Locale.UK).strip();
            return postcodes.stream().map(p -> p.toUpperCase(Locale.UK).strip())
                    .anyMatch(p -> normalised.equals(p) || normalised.startsWith(p.contains(" ") ? p : p + " "));
        }
    }
}

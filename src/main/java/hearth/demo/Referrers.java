package hearth.demo;

import java.time.Period;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Who made a contact, as a hub practitioner would record them: a synthetic name, their role
 * and where they work ("Priya Shah, designated safeguarding lead" at the child's own school).
 * Every name comes from the name book and every organisation is one of Brackenford's own:
 * no real person or practice is named.
 */
final class Referrers {

    /** A source whose organisation is the child's own school. */
    static final String THE_CHILDS_SCHOOL = "school";
    private static final List<String> GP_PRACTICES = List.of("Hollins Lane Surgery", "Riverside Medical Practice",
            "Brackenford Health Centre", "Mill Street Surgery", "Oakfield Family Practice");
    private static final List<String> CHARITIES = List.of("Brackenford Women's Refuge", "Brackenford Foodbank",
            "Brackenford Young Carers", "Riverside Family Centre");
    /** A relative's sex, then who they are to the child. */
    private static final List<String[]> RELATIVES = List.of(new String[] {"F", "the child's grandmother"},
            new String[] {"F", "the child's aunt"}, new String[] {"M", "the child's uncle"},
            new String[] {"F", "the child's adult sister"}, new String[] {"M", "the child's father, who lives apart"});

    private Referrers() {
    }

    record Referrer(String name, String organisation) {
    }

    static Referrer of(SyntheticCouncil council, ContactsStep.Source source, SyntheticCouncil.KnownChild child,
                       SplittableRandom random) {
        String organisation = switch (source.organisation()) {
            case THE_CHILDS_SCHOOL -> school(council, child, random);
            case "GP" -> any(GP_PRACTICES, random);
            case "charity" -> any(CHARITIES, random);
            default -> source.organisation();
        };
        String[] relative = RELATIVES.get(random.nextInt(RELATIVES.size()));
        boolean isRelative = source.role().equals("relative");
        String role = isRelative ? relative[1] : source.role();
        String sex = isRelative ? relative[0] : random.nextBoolean() ? "F" : "M";
        NameBook.Heritage heritage = council.names.heritage(random);
        String name = council.names.forename(heritage, sex, random) + " " + council.names.surname(heritage, random);
        return new Referrer(name + ", " + role, organisation);
    }

    private static String school(SyntheticCouncil council, SyntheticCouncil.KnownChild child, SplittableRandom random) {
        boolean secondary = child.born() != null && Period.between(child.born(), council.today)
                .getYears() >= 11;
        List<SyntheticCouncil.School> schools = secondary ? council.secondarySchools() : council.primarySchools();
        return schools.isEmpty() ? "Oakfield Primary School" : schools.get(random.nextInt(schools.size())).name();
    }

    private static String any(List<String> options, SplittableRandom random) {
        return options.get(random.nextInt(options.size()));
    }
}

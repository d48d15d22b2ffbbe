package hearth.demo;

import hearth.people.PeopleBulkLoad;
import hearth.people.PersonKind;
import hearth.platform.London;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The mess real person indexes hold, in modest proportions: misspelt names, missing and
 * swapped dates of birth, untidy postcodes and the same child recorded twice.
 */
final class DirtyData {

    static final int MISSPELT_PER_THOUSAND = 20;
    static final int ADULT_DOB_MISSING_PER_THOUSAND = 80;
    static final int CHILD_DOB_MISSING_PER_THOUSAND = 5;
    static final int SWAPPED_DOB_PER_THOUSAND = 5;
    static final int DUPLICATE_CHILD_PER_THOUSAND = 15;
    private static final List<String> DISABILITIES = List.of("LD", "AUT", "COMM", "BEH", "MOB", "HEAR", "VIS");

    private final SplittableRandom random;
    private final NameBook names;
    private final LocalDate today;

    /** {@code today} is the council's, so a seed makes the same people whenever it is run. */
    DirtyData(SplittableRandom random, NameBook names, LocalDate today) {
        this.random = random;
        this.names = names;
        this.today = today;
    }

    String forename(String name) {
        if (name.length() < 4 || random.nextInt(1000) >= MISSPELT_PER_THOUSAND) {
            return name;
        }
        int at = 1 + random.nextInt(name.length() - 2);
        return random.nextBoolean()
                ? name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2)
                : name.substring(0, at) + name.substring(at + 1);
    }

    LocalDate birthDate(LocalDate born, boolean child) {
        if (born == null) {
            return null;
        }
        int missing = child ? CHILD_DOB_MISSING_PER_THOUSAND : ADULT_DOB_MISSING_PER_THOUSAND;
        int roll = random.nextInt(1000);
        if (roll < missing) {
            return null;
        }
        if (roll < missing + SWAPPED_DOB_PER_THOUSAND && born.getDayOfMonth() <= 12
                && born.getDayOfMonth() != born.getMonthValue()) {
            LocalDate swapped = LocalDate.of(born.getYear(), born.getDayOfMonth(), Math.min(born.getMonthValue(), 28));
            return swapped.isAfter(today) ? born : swapped;
        }
        return born;
    }

    String postcode(String postcode) {
        int roll = random.nextInt(100);
        return roll < 3 ? postcode.toLowerCase() : roll < 6 ? postcode.replace(" ", "") : postcode;
    }

    List<String> disabilities() {
        return random.nextInt(100) < 4 ? List.of(DISABILITIES.get(random.nextInt(DISABILITIES.size()))) : List.of();
    }

    /** Now and then a child is recorded a second time, under a nickname, with no identifiers. */
    void maybeDuplicate(Family family, PeopleBulkLoad people, SyntheticCouncil council) {
        for (Family.Member child : family.children) {
            if (child.kind == PersonKind.CHILD && random.nextInt(1000) < DUPLICATE_CHILD_PER_THOUSAND) {
                people.person(council.nextId(), PersonKind.CHILD, names.variant(child.forenames, random), child.surname,
                        random.nextBoolean() ? child.born : birthDate(child.born, true), null, child.sex, "NOBT", null,
                        List.of(), family.knownSince.plusDays(random.nextInt(400)).atStartOfDay(
                                London.ZONE).toInstant());
            }
        }
    }
}

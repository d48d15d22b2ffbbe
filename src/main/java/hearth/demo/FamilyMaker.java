package hearth.demo;

import hearth.people.PersonKind;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Makes one family known to services: a mother, often a father or a partner, one to five
 * children (some half-siblings), sometimes a grandparent or another significant adult,
 * and now and then an unborn baby.
 */
final class FamilyMaker {

    /** People known as children who are now over this age are recorded as adults. */
    static final int OLDEST_CHILD = 25;
    /** A mother's children are born at least this far apart, unless they are twins. */
    static final int MONTHS_BETWEEN_BIRTHS = 10;
    static final int TWINS_PERCENT = 2;
    /** Gaps between siblings run from ten months to about five years. */
    private static final int SPREAD_OF_GAPS_DAYS = 4 * 365;
    /** Below 1 the eldest child tends to be older, leaving room for the younger ones before today. */
    private static final double ELDEST_AGE_SKEW = 0.8;

    private final SyntheticCouncil council;
    private final SplittableRandom random;
    private final NameBook names;

    FamilyMaker(SyntheticCouncil council) {
        this.council = council;
        this.random = council.random;
        this.names = council.names;
    }

    Family make() {
        int historyDays = council.years * 365;
        LocalDate knownSince = council.today.minusDays(random.nextInt(historyDays));
        NameBook.Heritage heritage = names.heritage(random);
        Family family = new Family(knownSince, heritage);
        String surname = names.surname(heritage, random);
        int motherAge = 18 + random.nextInt(25);
        family.mother = adult(heritage, "F", random.nextInt(100) < 30 ? names.surname(heritage, random) : surname,
                knownSince.minusYears(motherAge));
        family.adults.add(family.mother);
        if (random.nextInt(100) < 45) {
            family.father = adult(heritage, "M", surname, knownSince.minusYears(motherAge + random.nextInt(8)));
            family.adults.add(family.father);
        } else if (random.nextInt(100) < 35) {
            NameBook.Heritage theirs = random.nextInt(100) < 80 ? heritage : names.heritage(random);
            family.partner = adult(theirs, "M", names.surname(theirs, random),
                    knownSince.minusYears(20 + random.nextInt(25)));
            family.adults.add(family.partner);
        }
        addChildren(family, surname, motherAge);
        if (random.nextInt(100) < 12) {
            family.adults.add(adult(heritage, "F", family.mother.surname, knownSince.minusYears(motherAge + 22
                    + random.nextInt(10))));
        } else if (random.nextInt(100) < 5) {
            family.adults.add(adult(heritage, random.nextBoolean() ? "F" : "M", names.surname(heritage, random),
                    knownSince.minusYears(25 + random.nextInt(30))));
        }
        return family;
    }

    /**
     * Children from the eldest down, each born at least ten months after the one before (or
     * on the same day, as twins); a family whose next child would be born after today has no
     * more children yet.
     */
    private void addChildren(Family family, String surname, int motherAge) {
        int count = childCount();
        int maxAge = Math.min(17, motherAge - 16);
        int ageAtContact = (int) Math.floor(Math.pow(random.nextDouble(), ELDEST_AGE_SKEW) * (maxAge + 1));
        LocalDate born = family.knownSince.minusYears(ageAtContact).minusDays(random.nextInt(365));
        if (born.isAfter(council.today)) {
            born = council.today.minusDays(random.nextInt(30));
        }
        for (int i = 0; i < count && !born.isAfter(council.today); i++) {
            String sex = random.nextInt(1000) < 5 ? "U" : (random.nextBoolean() ? "F" : "M");
            boolean half = family.father != null && i == 0 && random.nextInt(100) < 25;
            String childSurname = half ? names.surname(family.heritage, random) : surname;
            boolean grown = born.isBefore(council.today.minusYears(OLDEST_CHILD + 1));
            Family.Member child = new Family.Member(council.nextId(), grown ? PersonKind.ADULT : PersonKind.CHILD,
                    names.forename(family.heritage, sex, random), childSurname, born, null, sex);
            child.halfSibling = half;
            family.children.add(child);
            born = random.nextInt(100) < TWINS_PERCENT ? born
                    : born.plusMonths(MONTHS_BETWEEN_BIRTHS).plusDays(random.nextInt(SPREAD_OF_GAPS_DAYS));
        }
        LocalDate youngest = family.children.get(family.children.size() - 1).born;
        LocalDate due = council.today.plusDays(1 + random.nextInt(180));
        if (family.knownSince.isAfter(council.today.minusDays(180)) && random.nextInt(100) < 8
                && !due.isBefore(youngest.plusMonths(MONTHS_BETWEEN_BIRTHS))) {
            family.children.add(new Family.Member(council.nextId(), PersonKind.UNBORN, "Unborn", surname, null, due, "U"));
        }
    }

    private int childCount() {
        int roll = random.nextInt(100);
        return roll < 40 ? 1 : roll < 70 ? 2 : roll < 88 ? 3 : roll < 96 ? 4 : 5;
    }

    private Family.Member adult(NameBook.Heritage heritage, String sex, String surname, LocalDate bornAround) {
        LocalDate born = bornAround.minusDays(random.nextInt(365));
        return new Family.Member(council.nextId(), PersonKind.ADULT, names.forename(heritage, sex, random), surname,
                born, null, sex);
    }
}

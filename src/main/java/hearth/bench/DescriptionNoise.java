package hearth.bench;

import hearth.people.PersonMatcher;
import java.time.LocalDate;
import java.util.Random;

/**
 * Describes a known person again the way another agency might: a letter swapped in a
 * name, day and month of birth swapped, date or postcode missing. Matching tests and the
 * intake benchmark use it to measure precision and recall against a known truth.
 */
public final class DescriptionNoise {

    private DescriptionNoise() {
    }

    public static PersonMatcher.Described of(String forenames, String surname, LocalDate dob, String postcode,
                                             Random random) {
        int roll = random.nextInt(100);
        if (roll < 30) {
            surname = swapLetters(surname, random);
        } else if (roll < 45) {
            forenames = swapLetters(forenames, random);
        }
        int dates = random.nextInt(100);
        if (dates < 15 && dob.getDayOfMonth() <= 12) {
            dob = LocalDate.of(dob.getYear(), dob.getDayOfMonth(), Math.min(dob.getMonthValue(), 28));
        } else if (dates < 30) {
            dob = null;
        }
        if (random.nextInt(100) < 20) {
            postcode = null;
        }
        return new PersonMatcher.Described(forenames, surname, dob, postcode);
    }

    static String swapLetters(String name, java.util.random.RandomGenerator random) {
        if (name.length() < 4) {
            return name;
        }
        int at = 1 + random.nextInt(name.length() - 2);
        char[] letters = name.toCharArray();
        char c = letters[at];
        letters[at] = letters[at + 1];
        letters[at + 1] = c;
        return new String(letters);
    }
}

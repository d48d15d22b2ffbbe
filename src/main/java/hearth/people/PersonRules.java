package hearth.people;

import static hearth.platform.Text.blank;

import hearth.platform.InvalidInput;
import hearth.platform.TextLimit;
import hearth.reference.CodeLists;
import java.time.LocalDate;
import java.time.Period;

/** The checks a person must pass before anything about them is saved. */
final class PersonRules {

    static final int OLDEST_CHILD = 25;

    private PersonRules() {
    }

    static void check(PersonDetails p, LocalDate today, CodeLists codes) {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        collect(p, today, codes, errors);
        errors.throwIfAny();
    }

    /** Adds every broken rule to {@code errors}, so a form can show them all at once. */
    static void collect(PersonDetails p, LocalDate today, CodeLists codes, InvalidInput.Errors errors) {
        if (p.kind() == null) {
            errors.add("kind", "Select whether this is a child, an unborn child or an adult");
        }
        if (p.kind() != PersonKind.UNBORN && blank(p.forenames())) {
            errors.add("forenames", "Enter their first names");
        }
        if (blank(p.surname())) {
            errors.add("surname", "Enter their last name");
        }
        TextLimit.check(errors, "forenames", "First names", p.forenames(), TextLimit.NAME);
        TextLimit.check(errors, "surname", "Last name", p.surname(), TextLimit.NAME);
        checkDates(p, today, errors);
        if (!blank(p.nhsNumber()) && !Identifiers.isValidNhs(p.nhsNumber())) {
            errors.add("nhsNumber", "Enter a valid NHS number: 10 digits, the last a check digit (for example 943 476 5919)");
        }
        if (!blank(p.upn()) && !Identifiers.isValidUpn(p.upn())) {
            errors.add("upn", "Enter a valid unique pupil number: a check letter then 12 characters (for example A820200101001)");
        }
        if (!blank(p.councilChildId()) && !Identifiers.isValidCouncilChildId(p.councilChildId())) {
            errors.add("councilChildId", "The council child ID must be 1 to 20 letters and digits");
        }
        if (p.sex() == null || !p.sex().matches("[MFU]")) {
            errors.add("sex", "Select their sex, or 'Not known'");
        }
        if (p.ethnicity() == null || !codes.contains(CodeLists.ETHNICITY, p.ethnicity())) {
            errors.add("ethnicity", "Select their ethnicity, or 'Information not yet obtained'");
        }
        if (p.disabilities() != null && !p.disabilities().stream().allMatch(d -> codes.contains(CodeLists.DISABILITY, d))) {
            errors.add("disabilities", "Select disabilities from the list");
        }
    }

    private static void checkDates(PersonDetails p, LocalDate today, InvalidInput.Errors errors) {
        if (p.kind() == PersonKind.UNBORN) {
            if (p.expectedDelivery() == null) {
                errors.add("expectedDelivery", "Enter the expected date of delivery");
            } else if (p.expectedDelivery().isAfter(today.plusMonths(10))) {
                errors.add("expectedDelivery", "The expected date of delivery must be within the next 10 months");
            } else if (p.expectedDelivery().isBefore(today.minusMonths(1))) {
                errors.add("expectedDelivery", "The expected date of delivery is over a month ago: record the child as born");
            }
            return;
        }
        LocalDate born = p.dateOfBirth();
        if (born == null && p.kind() == PersonKind.CHILD) {
            errors.add("dateOfBirth", "Enter the child's date of birth");
        } else if (born != null && born.isAfter(today)) {
            errors.add("dateOfBirth", "Date of birth must be today or in the past");
        } else if (born != null && p.kind() == PersonKind.CHILD && Period.between(born, today).getYears() > OLDEST_CHILD) {
            errors.add("dateOfBirth", "A child must be " + OLDEST_CHILD + " or under: record this person as an adult");
        } else if (born != null && born.isBefore(today.minusYears(120))) {
            errors.add("dateOfBirth", "Date of birth must be within the last 120 years");
        }
    }
}

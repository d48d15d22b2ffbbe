package hearth.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * What a plan can ask for depends on the child's age: a nursery place for a toddler, school
 * attendance for a primary child, college, friendships and staying safe outside the home for
 * a teenager. Outcomes are what will change, the indicator, baseline, target and owner.
 */
enum AgeBand {

    UNDER_FIVE(List.of(
            new String[] {"The child goes to nursery every session", "Nursery sessions attended each month", "5 of 12",
                    "12 of 12", "Mother, with the nursery"},
            new String[] {"The child's development checks are up to date", "Health visitor checks kept", "1 of 3",
                    "3 of 3", "Mother, with the health visitor"},
            new String[] {"The child is fed, changed and kept warm", "Home conditions at unannounced visits", "Poor",
                    "Good", "Parents, with the family support worker"},
            new String[] {"The child is safe when the adults argue", "Police call-outs to the home a month", "2", "0",
                    "Mother and her partner, with the domestic abuse service"}),
            "Nursery place (early years); parenting course (family support); health visits (health visitor)",
            "Actions reviewed; attendance at nursery improving, health appointments still missed."),
    PRIMARY(List.of(
            new String[] {"The child gets to school every day, on time", "Attendance each half term", "72%", "95%",
                    "Mother, with the school's attendance officer"},
            new String[] {"The child is fed before school", "Days a week the school reports hunger", "4", "0",
                    "Mother"},
            new String[] {"The child is safe when the adults argue", "Police call-outs to the home a month", "2", "0",
                    "Mother and her partner, with the domestic abuse service"},
            new String[] {"The child's bedroom is warm, clean and safe", "Home conditions at unannounced visits",
                    "Poor", "Good", "Parents, with the housing officer"}),
            "Breakfast club (school); parenting course (family support); school nurse check (school nursing)",
            "Actions reviewed; school attendance improving, the dentist appointment still missed."),
    TEENAGER(List.of(
            new String[] {"The young person goes to school or college every day", "Attendance each half term", "61%",
                    "90%", "The young person, with the school's pastoral lead"},
            new String[] {"The young person is home by the agreed time", "Nights a month reported missing", "3", "0",
                    "Parents and the young person, with the exploitation team"},
            new String[] {"The young person gets help with their emotional health", "Counselling sessions attended",
                    "0 of 6", "6 of 6", "The young person, with the school counsellor"},
            new String[] {"The young person is safe when the adults argue", "Police call-outs to the home a month",
                    "2", "0", "Mother and her partner, with the domestic abuse service"}),
            "Youth worker sessions (youth service); counselling (school); careers advice (college)",
            "Actions reviewed; attendance at school improving, still out late some nights.");

    private final List<String[]> outcomes;
    private final String services;
    private final String coreGroupSummary;

    AgeBand(List<String[]> outcomes, String services, String coreGroupSummary) {
        this.outcomes = outcomes;
        this.services = services;
        this.coreGroupSummary = coreGroupSummary;
    }

    /** The band of a child born on {@code born} (not yet born counts as under five) on {@code on}. */
    static AgeBand of(LocalDate born, LocalDate on) {
        int years = born == null || born.isAfter(on) ? 0 : Period.between(born, on).getYears();
        return years < 5 ? UNDER_FIVE : years < 12 ? PRIMARY : TEENAGER;
    }

    List<String[]> outcomes() {
        return outcomes;
    }

    String services() {
        return services;
    }

    String coreGroupSummary() {
        return coreGroupSummary;
    }
}

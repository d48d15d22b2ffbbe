package hearth.demo;

import hearth.people.Identifiers;
import hearth.people.PeopleBulkLoad;
import hearth.people.PersonKind;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.SplittableRandom;

/** NHS numbers, UPNs and council child IDs with valid check characters (and, rarely, a typo). */
final class Identities {

    static final int CHILD_NHS_PERCENT = 93;
    static final int ADULT_NHS_PERCENT = 60;
    static final int SCHOOL_AGE_UPN_PERCENT = 85;
    static final String COUNCIL_CODE = "873";

    private final SplittableRandom random;
    private long nextChildId = 1;

    Identities(SplittableRandom random) {
        this.random = random;
    }

    void write(PeopleBulkLoad people, Family.Member member, LocalDate today) {
        boolean child = member.kind != PersonKind.ADULT;
        if (member.kind != PersonKind.UNBORN && random.nextInt(100) < (child ? CHILD_NHS_PERCENT : ADULT_NHS_PERCENT)) {
            people.identifier(member.id, "NHS", nhsNumber());
        }
        if (!child) {
            return;
        }
        people.identifier(member.id, "COUNCIL_CHILD_ID", "BK" + String.format("%08d", nextChildId++));
        if (member.born != null) {
            int age = Period.between(member.born, today).getYears();
            if (age >= 5 && age <= 16 && random.nextInt(100) < SCHOOL_AGE_UPN_PERCENT) {
                people.identifier(member.id, "UPN", upn(member.born.getYear() + 5));
            }
        }
    }

    /** NHS numbers starting with 9, a range not issued to patients in England and Wales. */
    String nhsNumber() {
        while (true) {
            String nine = "9" + String.format("%08d", random.nextInt(100_000_000));
            Optional<Integer> check = Identifiers.nhsCheckDigit(nine);
            if (check.isPresent()) {
                return nine + check.get();
            }
        }
    }

    String upn(int yearAllocated) {
        String twelve = COUNCIL_CODE + String.format("%04d", 2000 + random.nextInt(8000))
                + String.format("%02d", yearAllocated % 100) + String.format("%03d", random.nextInt(1000));
        return Identifiers.upnCheckLetter(twelve) + twelve;
    }
}

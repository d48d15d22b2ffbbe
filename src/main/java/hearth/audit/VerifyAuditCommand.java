package hearth.audit;

import hearth.platform.Options;
import hearth.platform.Subcommand;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar hearth.jar verify-audit}: checks every sealed audit entry against its
 * seal and exits with 1 when the trail was tampered with, naming the first broken entry.
 */
@Component
class VerifyAuditCommand implements Subcommand {

    private final AuditVerification verification;

    VerifyAuditCommand(AuditVerification verification) {
        this.verification = verification;
    }

    @Override
    public String name() {
        return "verify-audit";
    }

    @Override
    public int run(Options options) {
        AuditVerification.Result result = verification.verify(System.err);
        if (result.isWhole()) {
            System.out.printf("The audit trail is whole: %,d sealed entries checked, %,d not yet sealed%n",
                    result.checked(), result.notYetSealed());
            return 0;
        }
        System.out.printf("The audit trail is BROKEN at entry %d: it %s. %,d entries before it checked, %,d not yet sealed%n",
                result.brokenAt(), result.problem(), result.checked(), result.notYetSealed());
        return 1;
    }
}

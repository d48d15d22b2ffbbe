package hearth.platform;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A form's own messages (a date that is not a real one) and the domain's (a required
 * answer missing) shown in one round, so the user corrects every field at once. When the
 * form has messages, the work still runs for the domain's checks, in a transaction that is
 * always undone: nothing is saved, and the domain keeps its rules in one place instead of a
 * second copy for the web.
 */
@Component
public class FormChecks {

    private final TransactionTemplate undone;

    FormChecks(PlatformTransactionManager transactions) {
        this.undone = new TransactionTemplate(transactions);
    }

    /**
     * Does the work when the form read cleanly.
     *
     * @throws InvalidInput with the form's messages, then the domain's for the other fields
     */
    public void together(InvalidInput.Errors form, Runnable work) {
        checked(form, () -> {
            work.run();
            return null;
        });
    }

    /** As {@link #together}, for work that answers what it made (the new record's id). */
    public <T> T checked(InvalidInput.Errors form, Supplier<T> work) {
        if (form.isEmpty()) {
            return work.get();
        }
        try {
            undone.executeWithoutResult(status -> {
                status.setRollbackOnly();
                work.get();
            });
        } catch (InvalidInput domain) {
            domain.errors().forEach(form::add);
        }
        throw new InvalidInput(form.asMap());
    }
}

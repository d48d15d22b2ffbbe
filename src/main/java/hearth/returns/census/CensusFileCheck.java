package hearth.returns.census;

import hearth.platform.Options;
import hearth.reference.CodeLists;
import hearth.timeliness.WorkingCalendar;
import java.util.concurrent.CompletableFuture;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * {@code validate-census} without the database: checking a file reads nothing Hearth keeps, so
 * it starts only the rule classes and the working calendar of the shipped bank holidays, and
 * answers in the time the file takes to read and check rather than after Hearth's whole start.
 * Working days count the shipped England and Wales bank holidays (2015 to 2030); one an
 * administrator added to Hearth's own calendar is seen when Hearth checks its own records.
 */
public final class CensusFileCheck {

    private CensusFileCheck() {
    }

    /**
     * The arguments after {@code validate-census}; the exit code. The rules are made on a
     * second core while the file is read on the first.
     */
    public static int run(String[] arguments) {
        CompletableFuture<CensusValidation> rules = CompletableFuture.supplyAsync(CensusFileCheck::validation);
        try {
            return new ValidateCensusCommand(rules::join, new WorkingCalendar(), System.out, System.err)
                    .run(Options.parse(arguments));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }

    /** Every rule class, made as the application makes them, in a context of the rules and the DfE's code lists. */
    static CensusValidation validation() {
        try (AnnotationConfigApplicationContext rules = new AnnotationConfigApplicationContext()) {
            rules.registerBean(CodeLists.class, CodeLists::new);
            rules.scan(CensusRule.class.getPackageName() + ".rules");
            rules.refresh();
            return new CensusValidation(rules.getBeansOfType(CensusRule.class).values().stream().toList());
        }
    }
}

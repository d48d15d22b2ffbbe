package hearth.returns;

import hearth.returns.census.CensusFileCheck;
import java.util.Arrays;

/**
 * The returns' commands that read a file and nothing Hearth keeps, so the jar runs them
 * before, and instead of, starting the application and its database.
 */
public final class FileCommands {

    private static final String VALIDATE_CENSUS = "validate-census";

    private FileCommands() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && args[0].equals(VALIDATE_CENSUS);
    }

    /** Runs the command the arguments name; its exit code. */
    public static int run(String[] args) {
        return CensusFileCheck.run(Arrays.copyOfRange(args, 1, args.length));
    }
}

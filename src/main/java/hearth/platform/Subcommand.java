package hearth.platform;

/** A piece of work the jar runs from the command line, e.g. {@code generate}. */
public interface Subcommand {

    String name();

    /** @return the process exit code */
    int run(Options options);
}

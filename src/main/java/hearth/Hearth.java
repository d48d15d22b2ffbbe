package hearth;

import hearth.platform.CommandLine;
import hearth.returns.FileCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * One jar, two faces: with no arguments Hearth serves the web application; with a
 * subcommand it runs the same work for a council's scheduler and exits.
 */
@SpringBootApplication
@EnableScheduling
public class Hearth {

    public static void main(String[] args) {
        if (FileCommands.handles(args)) {
            System.exit(FileCommands.run(args));
        }
        if (CommandLine.isSubcommand(args)) {
            System.exit(CommandLine.run(Hearth.class, args));
        }
        SpringApplication.run(Hearth.class, args);
    }
}

package hearth.platform;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs a subcommand ({@code generate}, {@code demo}, ...) without the web server, so
 * councils' schedulers and scripts drive the same code the screens use.
 */
public final class CommandLine {

    private CommandLine() {
    }

    public static boolean isSubcommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    public static int run(Class<?> application, String[] args) {
        String name = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        // Arguments outrank application.properties, so a command never loads the demo council itself.
        String[] springArgs = new String[rest.length + 1];
        springArgs[0] = "--hearth.demo.load-on-empty=false";
        System.arraycopy(rest, 0, springArgs, 1, rest.length);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                // A command makes only the beans its work needs, not every page's controller.
                .lazyInitialization(true)
                .properties("spring.main.banner-mode=off")
                .run(springArgs)) {
            Map<String, Subcommand> commands = new TreeMap<>();
            context.getBeansOfType(Subcommand.class).values().forEach(c -> commands.put(c.name(), c));
            Subcommand command = commands.get(name);
            if (command == null) {
                System.err.println("Unknown command '" + name + "'. Commands: " + String.join(", ", commands.keySet()));
                return 2;
            }
            return command.run(Options.parse(rest));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }
}

package hearth.demo;

import hearth.platform.Options;
import hearth.platform.Subcommand;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar hearth.jar generate --children=300000 --years=10 --seed=42}: makes a
 * synthetic council in the configured database.
 */
@Component
class GenerateCommand implements Subcommand {

    static final int DEFAULT_CHILDREN = 60_000;
    static final int DEFAULT_YEARS = 2;

    private final DemoGenerator generator;

    GenerateCommand(DemoGenerator generator) {
        this.generator = generator;
    }

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public int run(Options options) {
        int children = options.integer("children", DEFAULT_CHILDREN);
        int years = options.integer("years", DEFAULT_YEARS);
        int seed = options.integer("seed", 42);
        System.err.printf("Generating a council of %,d children in the area with %d years of history (seed %d)%n",
                children, years, seed);
        DemoGenerator.Summary summary = generator.generate(children, years, seed, System.err);
        System.out.printf("families=%d people=%d open_cases=%d seconds=%.1f%n", summary.families(), summary.people(),
                summary.openCases(), summary.took().toMillis() / 1000.0);
        return 0;
    }
}

package hearth.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** On the first start with an empty database, loads the demo council so there is something to see. */
@Component
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final DemoGenerator generator;
    private final boolean enabled;
    private final int children;
    private final int seed;

    DemoLoader(DemoGenerator generator, @Value("${hearth.demo.load-on-empty:false}") boolean enabled,
               @Value("${hearth.demo.children:60000}") int children, @Value("${hearth.demo.seed:42}") int seed) {
        this.generator = generator;
        this.enabled = enabled;
        this.children = children;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled && generator.databaseIsEmpty()) {
            log.info("Empty database: loading the demo council of {} children in the area", children);
            generator.generate(children, GenerateCommand.DEFAULT_YEARS, seed, System.out);
        }
    }
}

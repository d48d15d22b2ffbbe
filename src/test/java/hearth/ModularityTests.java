package hearth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private static final Path ARCHITECTURE = Path.of("docs/architecture.md");

    private final ApplicationModules modules = ApplicationModules.of(Hearth.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagramIntoTheDocs() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }

    /**
     * The committed diagram is the code's: a change of dependencies fails here once, having
     * rewritten the section, so the fix is to commit docs/architecture.md with the change.
     */
    @Test
    void theArchitectureDiagramShowsEveryDependencyTheCodeHas() throws IOException {
        String committed = Files.readString(ARCHITECTURE);
        String drawn = ModuleDiagram.into(committed, ModuleDiagram.mermaid(modules));
        if (!drawn.equals(committed)) {
            Files.writeString(ARCHITECTURE, drawn);
        }
        assertThat(committed).as("docs/architecture.md's module diagram was out of date and has been rewritten: commit it")
                .isEqualTo(drawn);
    }
}

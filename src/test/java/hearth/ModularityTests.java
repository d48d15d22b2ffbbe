package hearth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private static final Path ARCHITECTURE = Path.of("docs/architecture.md");
    private static final Path MODULE_DOCS = Path.of("docs/modules");

    private final ApplicationModules modules = ApplicationModules.of(Hearth.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        modules.verify();
    }

    /**
     * The documenter lists components and relations in a different order on each run, so it
     * writes to a scratch folder and a file in docs/modules is replaced only when, put in a
     * stable order, it says something new: a test run leaves the tree clean.
     */
    @Test
    void writesTheModuleDiagramIntoTheDocs(@TempDir Path scratch) throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(scratch.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        try (Stream<Path> written = Files.list(scratch)) {
            for (Path file : written.toList()) {
                Path committed = MODULE_DOCS.resolve(file.getFileName());
                String stable = StableDiagram.ordered(Files.readString(file));
                if (!Files.exists(committed) || !Files.readString(committed).equals(stable)) {
                    Files.writeString(committed, stable);
                }
            }
        }
        assertThat(MODULE_DOCS.resolve("components.puml")).exists();
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

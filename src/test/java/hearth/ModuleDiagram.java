package hearth;

import java.util.Comparator;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyType;

/**
 * The module diagram of docs/architecture.md, drawn from the code: one arrow for each module
 * another uses, labelled "listens" where it reacts to that module's events. Arrows to
 * platform are left out, since every module may use it.
 */
final class ModuleDiagram {

    static final String START = "<!-- module diagram: written by ModularityTests from the code; do not edit -->";
    static final String END = "<!-- end of module diagram -->";

    private ModuleDiagram() {
    }

    static String mermaid(ApplicationModules modules) {
        StringBuilder diagram = new StringBuilder("```mermaid\nflowchart LR\n");
        modules.stream().sorted(Comparator.comparing(ApplicationModule::getName)).forEach(module -> {
            diagram.append("  ").append(module.getName()).append('\n');
            var uses = new TreeMap<String, Set<DependencyType>>();
            module.getDirectDependencies(modules).stream()
                    .filter(d -> !d.getTargetModule().getName().equals("platform"))
                    .forEach(d -> uses.computeIfAbsent(d.getTargetModule().getName(), name -> new TreeSet<>())
                            .add(d.getDependencyType()));
            uses.forEach((target, types) -> diagram.append("  ").append(module.getName())
                    .append(types.contains(DependencyType.EVENT_LISTENER) ? " -- listens --> " : " --> ")
                    .append(target).append('\n'));
        });
        return diagram.append("```\n").toString();
    }

    /** The document with its marked section replaced by this diagram. */
    static String into(String document, String diagram) {
        int start = document.indexOf(START);
        int end = document.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalStateException("docs/architecture.md lost its module diagram markers: " + START);
        }
        return document.substring(0, start + START.length()) + "\n" + diagram + document.substring(end);
    }
}

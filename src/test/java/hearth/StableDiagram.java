package hearth;

import java.util.ArrayList;
import java.util.List;

/** A PlantUML file from the module documenter with each run of component or relation lines sorted. */
final class StableDiagram {

    private StableDiagram() {
    }

    static String ordered(String plantUml) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : plantUml.split("\n", -1)) {
            if (!run.isEmpty() && !kind(line).equals(kind(run.get(0)))) {
                flush(run, out);
            }
            if (kind(line).isEmpty()) {
                out.add(line);
            } else {
                run.add(line);
            }
        }
        flush(run, out);
        return String.join("\n", out);
    }

    /** Lines whose order carries no meaning: the components in a boundary, and the relations. */
    private static String kind(String line) {
        String trimmed = line.strip();
        return trimmed.startsWith("Component(") ? "Component" : trimmed.startsWith("Rel(") ? "Rel" : "";
    }

    private static void flush(List<String> run, List<String> out) {
        run.sort(null);
        out.addAll(run);
        run.clear();
    }
}

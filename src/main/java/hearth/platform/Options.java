package hearth.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Command-line options in the {@code --name=value} form, plus plain arguments. */
public record Options(Map<String, String> named, List<String> arguments) {

    /** Reads {@code --name=value} and {@code --name value}; a {@code --name} with no value is "true". */
    public static Options parse(String[] args) {
        Map<String, String> named = new HashMap<>();
        List<String> plain = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                plain.add(arg);
                continue;
            }
            int eq = arg.indexOf('=');
            if (eq >= 0) {
                named.put(arg.substring(2, eq), arg.substring(eq + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                named.put(arg.substring(2), args[++i]);
            } else {
                named.put(arg.substring(2), "true");
            }
        }
        return new Options(named, plain);
    }

    /** The value of {@code --name}, or a message naming the option when it is missing. */
    public String required(String name) {
        String value = named.get(name);
        if (value == null || value.isBlank() || value.equals("true")) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    public int integer(String name, int fallback) {
        String value = named.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, not '" + value + "'");
        }
    }
}

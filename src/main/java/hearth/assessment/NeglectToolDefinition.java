package hearth.assessment;

import static hearth.platform.Text.blank;

import hearth.platform.Text;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A graded neglect tool as configuration: domains of items, each graded 1 (needs fully met)
 * to 5 (needs not met) with a descriptor per grade. Hearth ships its own; a council that
 * holds a licence for another tool points {@code hearth.neglect-tool.location} at it.
 */
public record NeglectToolDefinition(String id, String version, String name, String about, List<Domain> domains) {

    public static final int GRADES = 5;

    public record Domain(String id, String name, List<Item> items) {
    }

    public record Item(String id, String name, List<String> descriptors) {
    }

    public List<Item> items() {
        return domains.stream().flatMap(d -> d.items().stream()).toList();
    }

    public String domainName(String domainId) {
        return domains.stream().filter(d -> d.id().equals(domainId)).map(Domain::name).findFirst().orElse(domainId);
    }

    /** Reads and checks a tool, failing with every problem found and where the file is. */
    static NeglectToolDefinition load(Resource location) {
        NeglectToolDefinition tool;
        try (InputStream in = location.getInputStream()) {
            tool = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, NeglectToolDefinition.class);
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException("The neglect tool at " + location.getDescription()
                    + " (hearth.neglect-tool.location) cannot be read as JSON: " + e.getMessage(), e);
        }
        List<String> problems = tool == null ? List.of("the file is empty") : tool.problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The neglect tool at " + location.getDescription()
                    + " (hearth.neglect-tool.location) is not valid: " + String.join("; ", problems));
        }
        return tool;
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (blank(id) || blank(version) || blank(name)) {
            problems.add("it needs an id, a version and a name");
        }
        if (domains == null || domains.isEmpty()) {
            problems.add("it has no domains");
            return problems;
        }
        Set<String> domainIds = new HashSet<>();
        Set<String> itemIds = new HashSet<>();
        for (Domain domain : domains) {
            String where = "domain '" + (domain.id() == null ? "?" : domain.id()) + "'";
            if (blank(domain.id()) || blank(domain.name())) {
                problems.add(where + " needs an id and a name");
            } else if (!domainIds.add(domain.id())) {
                problems.add(where + " appears twice");
            }
            if (domain.items() == null || domain.items().isEmpty()) {
                problems.add(where + " has no items");
                continue;
            }
            for (Item item : domain.items()) {
                String at = where + ", item '" + (item.id() == null ? "?" : item.id()) + "'";
                if (blank(item.id()) || blank(item.name())) {
                    problems.add(at + " needs an id and a name");
                } else if (!itemIds.add(item.id())) {
                    problems.add(at + ": item ids must be unique across the tool");
                }
                int count = item.descriptors() == null ? 0 : item.descriptors().size();
                if (count != GRADES || item.descriptors().stream().anyMatch(Text::blank)) {
                    problems.add(at + " needs " + GRADES + " grade descriptors (grades 1 to 5), found " + count
                            + (count == GRADES ? " with a blank one" : ""));
                }
            }
        }
        return problems;
    }
}

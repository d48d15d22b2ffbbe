package hearth.assessment;

import hearth.access.StaffMember;
import hearth.chronology.Chronology;
import hearth.platform.InvalidInput;
import hearth.platform.Labelled;
import hearth.platform.PersonId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The graded neglect tool, completed with the family and repeated over time: each
 * completion keeps a grade per item, and the domain averages show whether the child's care
 * is getting better or worse. Plans can take the latest grades as their baseline.
 */
@Service
public class NeglectTool {

    private final JdbcClient jdbc;
    private final Chronology chronology;
    private final Clock clock;
    private final NeglectToolDefinition tool;

    NeglectTool(JdbcClient jdbc, Chronology chronology, Clock clock,
                @Value("${hearth.neglect-tool.location:classpath:assessment/neglect-tool.json}") Resource location) {
        this.jdbc = jdbc;
        this.chronology = chronology;
        this.clock = clock;
        this.tool = NeglectToolDefinition.load(location);
    }

    public NeglectToolDefinition definition() {
        return tool;
    }

    /**
     * Records a completion: the date (not in the future), who in the family took part, and a
     * grade from 1 to 5 for every item of the tool.
     */
    @Transactional
    public UUID record(PersonId childId, LocalDate on, String tookPart, Map<String, Integer> grades, String notes,
                       StaffMember by) {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            errors.add("completedOn", "Enter the date it was completed; it cannot be in the future");
        }
        if (tookPart == null || tookPart.isBlank()) {
            errors.add("tookPart", "Enter who in the family took part");
        }
        for (NeglectToolDefinition.Item item : tool.items()) {
            Integer grade = grades.get(item.id());
            if (grade == null || grade < 1 || grade > NeglectToolDefinition.GRADES) {
                errors.add("grade-" + item.id(), "Select a grade for " + item.name().toLowerCase());
            }
        }
        errors.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO neglect_tool_completion (id, person_id, tool_id, tool_version, completed_on, took_part,
                    notes, recorded_by, recorded_at)
                VALUES (:id, :p, :tool, :version, :on, :tookPart, :notes, :by, :at)""")
                .param("id", id).param("p", childId).param("tool", tool.id()).param("version", tool.version())
                .param("on", on).param("tookPart", tookPart.strip())
                .param("notes", notes == null || notes.isBlank() ? null : notes.strip()).param("by", by.id())
                .param("at", Timestamp.from(clock.instant())).update();
        List<String> domains = new ArrayList<>();
        List<String> items = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        for (NeglectToolDefinition.Domain domain : tool.domains()) {
            for (NeglectToolDefinition.Item item : domain.items()) {
                domains.add(domain.id());
                items.add(item.id());
                values.add(grades.get(item.id()));
            }
        }
        jdbc.sql("""
                INSERT INTO neglect_tool_grade (completion_id, domain_id, item_id, grade)
                SELECT :id, d, i, g FROM unnest(:domains, :items, :grades) AS t(d, i, g)""")
                .param("id", id).param("domains", domains.toArray(String[]::new))
                .param("items", items.toArray(String[]::new)).param("grades", values.toArray(Integer[]::new)).update();
        chronology.record(childId, on, "Neglect tool completed", "With " + tookPart.strip() + ". "
                + summary(averages(grades)), by, "neglect-tool:" + id);
        return id;
    }

    /** Every completion for the child, oldest first, with each domain's average grade. */
    public List<Completion> completions(PersonId childId) {
        Map<UUID, Map<String, Double>> averages = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT c.id, g.domain_id, avg(g.grade) FROM neglect_tool_completion c
                JOIN neglect_tool_grade g ON g.completion_id = c.id
                WHERE c.person_id = :p GROUP BY c.id, g.domain_id""")
                .param("p", childId).query((java.sql.ResultSet rs) -> {
                    averages.computeIfAbsent(rs.getObject(1, UUID.class), k -> new LinkedHashMap<>())
                            .put(rs.getString(2), Math.round(rs.getDouble(3) * 10) / 10.0);
                });
        return jdbc.sql("""
                SELECT id, completed_on, took_part, notes, tool_id, tool_version FROM neglect_tool_completion
                WHERE person_id = :p ORDER BY completed_on, recorded_at""")
                .param("p", childId).query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    return new Completion(id, rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), ordered(averages.getOrDefault(id, Map.of())));
                }).list();
    }

    /** The latest completion's average grade per domain (1 best, 5 worst), in the tool's order; empty if none. */
    public Map<String, Double> latestDomainGrades(PersonId childId) {
        List<Completion> all = completions(childId);
        return all.isEmpty() ? Map.of() : all.get(all.size() - 1).domainAverages();
    }

    /** Per domain, the latest average against the one before: lower grades mean better care. */
    public List<Trend> trends(PersonId childId) {
        List<Completion> all = completions(childId);
        if (all.size() < 2) {
            return List.of();
        }
        Map<String, Double> before = all.get(all.size() - 2).domainAverages();
        Map<String, Double> latest = all.get(all.size() - 1).domainAverages();
        return latest.entrySet().stream().filter(e -> before.containsKey(e.getKey()))
                .map(e -> new Trend(e.getKey(), tool.domainName(e.getKey()), before.get(e.getKey()), e.getValue(),
                        Direction.of(before.get(e.getKey()), e.getValue())))
                .toList();
    }

    private Map<String, Double> averages(Map<String, Integer> grades) {
        Map<String, Double> averages = new LinkedHashMap<>();
        for (NeglectToolDefinition.Domain domain : tool.domains()) {
            double average = domain.items().stream().mapToInt(i -> grades.get(i.id())).average().orElse(0);
            averages.put(domain.id(), Math.round(average * 10) / 10.0);
        }
        return averages;
    }

    private String summary(Map<String, Double> averages) {
        return "Average grades (1 best, 5 worst): " + averages.entrySet().stream()
                .map(e -> tool.domainName(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", ")) + ".";
    }

    /** Domains in the tool's order, then any the tool no longer has (from a completion on an older version). */
    private Map<String, Double> ordered(Map<String, Double> averages) {
        Map<String, Double> ordered = new LinkedHashMap<>();
        tool.domains().stream().filter(d -> averages.containsKey(d.id()))
                .forEach(d -> ordered.put(d.id(), averages.get(d.id())));
        averages.forEach(ordered::putIfAbsent);
        return ordered;
    }

    public record Completion(UUID id, LocalDate completedOn, String tookPart, String notes, String toolId,
                             String toolVersion, Map<String, Double> domainAverages) {
    }

    public record Trend(String domainId, String domainName, double previous, double latest, Direction direction) {
    }

    public enum Direction implements Labelled {
        BETTER, WORSE, SAME;

        static Direction of(double before, double after) {
            return after < before ? BETTER : after > before ? WORSE : SAME;
        }

    }
}

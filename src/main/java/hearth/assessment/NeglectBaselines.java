package hearth.assessment;

import hearth.planning.Baselines;
import hearth.platform.PersonId;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The latest neglect tool grades, offered as baselines when a plan's outcomes are written. */
@Component
class NeglectBaselines implements Baselines {

    private final NeglectTool tool;

    NeglectBaselines(NeglectTool tool) {
        this.tool = tool;
    }

    @Override
    public List<String> forChild(PersonId childId) {
        List<NeglectTool.Completion> completions = tool.completions(childId);
        if (completions.isEmpty()) {
            return List.of();
        }
        NeglectTool.Completion latest = completions.get(completions.size() - 1);
        return latest.domainAverages().entrySet().stream().map((Map.Entry<String, Double> e) ->
                "%s: graded %.1f (1 is needs met, 5 not met), neglect tool %s".formatted(
                        tool.definition().domainName(e.getKey()), e.getValue(), latest.completedOn())).toList();
    }
}

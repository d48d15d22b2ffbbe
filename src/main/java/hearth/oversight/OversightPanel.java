package hearth.oversight;

import hearth.casework.CaseFileSection;
import hearth.platform.PersonId;
import hearth.platform.Words;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Puts supervision actions due and the prompt to consider escalation on the case file. */
@Component
class OversightPanel implements CaseFileSection {

    private final Supervisions supervisions;
    private final Engagement engagement;

    OversightPanel(Supervisions supervisions, Engagement engagement) {
        this.supervisions = supervisions;
        this.engagement = engagement;
    }

    @Override
    public List<Panel> panelsFor(PersonId childId) {
        List<Panel> panels = new ArrayList<>();
        engagement.escalationPrompt(childId).ifPresent(prompt -> panels.add(new Panel("Repeated non-engagement",
                List.of(prompt), "/children/" + childId + "/engagement", "Missed appointments and refusals", true)));
        List<Supervisions.Action> actions = supervisions.openActions(childId);
        if (!actions.isEmpty()) {
            panels.add(new Panel("Actions from supervision", actions.stream()
                    .map(a -> a.action() + " (" + a.owner() + ", due " + Words.day(a.dueOn()) + ")").toList(),
                    "/children/" + childId + "/supervision", "Supervision", false));
        }
        return panels;
    }
}

package hearth.childprotection;

import static hearth.platform.Text.blank;

import hearth.platform.InvalidInput;
import hearth.platform.TextLimit;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A strategy discussion as recorded: when, the agencies that took part, who chaired it and
 * who took part by name, agency and role, what was shared, what was decided and the actions.
 * Its rules are here so the page, the demo and an import record one the same way.
 *
 * @param participants rows as typed, numbered from 1 in messages; a row left empty is no one
 */
public record StrategyDiscussion(Instant heldAt, Set<String> agencies, String chair, List<Participant> participants,
                                 String shared, StrategyDecision decision, String actions) {

    /** One person who took part. */
    public record Participant(String name, String agency, String role) {

        boolean empty() {
            return blank(name) && blank(agency) && blank(role);
        }
    }

    /** The rows that name someone, in the order typed. */
    List<Participant> named() {
        return participants == null ? List.of() : participants.stream().filter(p -> !p.empty()).toList();
    }

    void check(Instant now, InvalidInput.Errors errors) {
        if (heldAt == null) {
            errors.add("heldOn", "Enter when the discussion was held");
        } else if (heldAt.isAfter(now)) {
            errors.add("heldOn", "A strategy discussion cannot be recorded before it is held");
        }
        if (agencies == null || !ChildProtection.AGENCIES.containsAll(agencies) || agencies.size() < 2) {
            errors.add("agencies", "Select the agencies that took part: a strategy discussion needs more than one");
        }
        if (blank(chair)) {
            errors.add("chair", "Enter who chaired the discussion");
        }
        checkParticipants(errors);
        if (blank(shared)) {
            errors.add("shared", "Record what was shared");
        }
        if (decision == null) {
            errors.add("decision", "Select what was decided");
        }
        TextLimit.check(errors, "chair", "The chair", chair, TextLimit.LINE);
        TextLimit.check(errors, "shared", "What was shared", shared, TextLimit.NARRATIVE);
        TextLimit.check(errors, "actions", "The actions", actions, TextLimit.NARRATIVE);
    }

    private void checkParticipants(InvalidInput.Errors errors) {
        for (int n = 1; participants != null && n <= participants.size(); n++) {
            Participant p = participants.get(n - 1);
            if (p.empty()) {
                continue;
            }
            if (blank(p.name())) {
                errors.add("participant" + n + "Name", "Enter the name of participant " + n);
            }
            if (p.agency() == null || !ChildProtection.AGENCIES.contains(p.agency())) {
                errors.add("participant" + n + "Agency", "Select the agency of participant " + n);
            }
            TextLimit.check(errors, "participant" + n + "Name", "A name", p.name(), TextLimit.LINE);
            TextLimit.check(errors, "participant" + n + "Role", "A role", p.role(), TextLimit.LINE);
        }
    }
}

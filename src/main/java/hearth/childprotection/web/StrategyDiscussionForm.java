package hearth.childprotection.web;

import hearth.childprotection.StrategyDecision;
import hearth.platform.Choice;
import hearth.platform.DateField;
import hearth.platform.FormToken;
import hearth.platform.InvalidInput;
import hearth.timeliness.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A strategy discussion as typed: when it was held, who took part, what was shared and decided. */
record StrategyDiscussionForm(String heldOnDay, String heldOnMonth, String heldOnYear, String heldAtTime,
                              List<String> agencies, String shared, String decision, String actions,
                              String formToken) {

    /** When it was held in London, noon when no time is given; @throws InvalidInput naming the date and the time */
    Instant heldAt() {
        InvalidInput.Errors errors = new InvalidInput.Errors();
        LocalDate day = DateField.read("heldOn", "The date", heldOnDay, heldOnMonth, heldOnYear, errors);
        LocalTime time = time(errors);
        errors.throwIfAny();
        return day == null ? null : day.atTime(time).atZone(WorkingCalendar.LONDON).toInstant();
    }

    Set<String> agenciesTakingPart() {
        return agencies == null ? Set.of() : new HashSet<>(agencies);
    }

    /** @return the decision, or null when none was chosen (the rule says so by the field) */
    StrategyDecision decided() {
        return Choice.of(StrategyDecision.class, decision);
    }

    UUID token() {
        return FormToken.read(formToken);
    }

    private LocalTime time(InvalidInput.Errors errors) {
        try {
            return heldAtTime == null || heldAtTime.isBlank() ? LocalTime.NOON : LocalTime.parse(heldAtTime.strip());
        } catch (DateTimeParseException e) {
            errors.add("heldAtTime", "Enter the time like 14:30");
            return LocalTime.NOON;
        }
    }
}

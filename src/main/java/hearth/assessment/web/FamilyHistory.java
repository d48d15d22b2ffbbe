package hearth.assessment.web;

import hearth.access.StaffMember;
import hearth.chronology.Chronology;
import hearth.platform.PersonId;
import hearth.reference.CodeLists.Code;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;

/** The child's chronology offered on the assessment as family history to tick rather than retype. */
@Component
class FamilyHistory {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final Chronology chronology;

    FamilyHistory(Chronology chronology) {
        this.chronology = chronology;
    }

    /** The child's chronology, latest first, as entries to tick; each is known by its date, type and time recorded. */
    List<Code> of(PersonId child) {
        return chronology.entries(child, Chronology.Filter.all(), StaffMember.require()).stream()
                .filter(e -> !e.type().startsWith("Assessment"))
                .map(e -> new Code(e.occurredOn() + "|" + e.type() + "|" + e.recordedAt().toEpochMilli(),
                        DAY.format(e.occurredOn()) + ": " + e.type() + (e.summary() == null || e.summary().isBlank()
                                ? "" : ". " + e.summary())))
                .toList();
    }
}

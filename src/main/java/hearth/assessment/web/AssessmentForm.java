package hearth.assessment.web;

import hearth.assessment.Assessment;
import hearth.assessment.AssessmentOutcome;
import hearth.chronology.Chronology;
import hearth.platform.DateField;
import hearth.platform.InvalidInput;
import hearth.platform.PersonId;
import hearth.reference.CodeLists.Code;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * The assessment page's form: filled from a stored assessment, read back from a post, and
 * the child's chronology offered as family history to tick rather than retype.
 */
@Component
class AssessmentForm {

    static final List<String> TEXTS = List.of("seenBy", "notAloneReason", "livedExperience", "childWords",
            "historyMeaning", "parentingCapacity", "familyEnvironment", "impact", "analysis", "parentalEngagement",
            "lateReason");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final Chronology chronology;

    AssessmentForm(Chronology chronology) {
        this.chronology = chronology;
    }

    record Posted(Map<String, Object> fields, Assessment.Content content, int version, InvalidInput.Errors errors) {
    }

    Map<String, Object> fromAssessment(Assessment assessment) {
        Assessment.Content c = assessment.content();
        Map<String, Object> form = new HashMap<>();
        List<String> texts = List.of(nz(c.seenBy()), nz(c.notAloneReason()), nz(c.livedExperience()),
                nz(c.childWords()), nz(c.historyMeaning()), nz(c.parentingCapacity()), nz(c.familyEnvironment()),
                nz(c.impact()), nz(c.analysis()), nz(c.parentalEngagement()), nz(c.lateReason()));
        for (int i = 0; i < TEXTS.size(); i++) {
            form.put(TEXTS.get(i), texts.get(i));
        }
        if (c.seenOn() != null) {
            form.put("seenOnDay", String.valueOf(c.seenOn().getDayOfMonth()));
            form.put("seenOnMonth", String.valueOf(c.seenOn().getMonthValue()));
            form.put("seenOnYear", String.valueOf(c.seenOn().getYear()));
        }
        form.put("seenAlone", c.seenAlone() == null ? "" : c.seenAlone().toString());
        form.put("history", c.significantHistory());
        form.put("factors", c.factors());
        form.put("outcome", c.outcome() == null ? "" : c.outcome().name());
        form.put("version", assessment.version());
        return form;
    }

    Posted read(MultiValueMap<String, String> posted) {
        Map<String, Object> fields = new HashMap<>();
        TEXTS.forEach(t -> fields.put(t, nz(posted.getFirst(t))));
        for (String part : List.of("seenOnDay", "seenOnMonth", "seenOnYear", "seenAlone", "outcome", "version")) {
            fields.put(part, nz(posted.getFirst(part)));
        }
        List<String> history = posted.getOrDefault("history", List.of());
        List<String> factors = posted.getOrDefault("factors", List.of());
        fields.put("history", history);
        fields.put("factors", factors);
        InvalidInput.Errors errors = new InvalidInput.Errors();
        LocalDate seenOn = DateField.read("seenOn", "The date the child was seen", posted.getFirst("seenOnDay"),
                posted.getFirst("seenOnMonth"), posted.getFirst("seenOnYear"), errors);
        String alone = posted.getFirst("seenAlone");
        Assessment.Content content = new Assessment.Content(posted.getFirst("seenBy"), seenOn,
                alone == null || alone.isBlank() ? null : Boolean.valueOf(alone), posted.getFirst("notAloneReason"),
                posted.getFirst("livedExperience"), posted.getFirst("childWords"), history,
                posted.getFirst("historyMeaning"), posted.getFirst("parentingCapacity"),
                posted.getFirst("familyEnvironment"), posted.getFirst("impact"), posted.getFirst("analysis"),
                posted.getFirst("parentalEngagement"), factors, outcome(posted.getFirst("outcome")),
                posted.getFirst("lateReason"));
        return new Posted(fields, content, version(posted.toSingleValueMap()), errors);
    }

    /** The child's chronology, latest first, as entries to tick; each is known by its date, type and time recorded. */
    List<Code> history(PersonId child) {
        return chronology.entries(child, Chronology.Filter.all(), hearth.access.StaffMember.require()).stream()
                .filter(e -> !e.type().startsWith("Assessment"))
                .map(e -> new Code(e.occurredOn() + "|" + e.type() + "|" + e.recordedAt().toEpochMilli(),
                        DAY.format(e.occurredOn()) + ": " + e.type() + (e.summary() == null || e.summary().isBlank()
                                ? "" : ". " + e.summary())))
                .toList();
    }

    static int version(Map<String, ?> form) {
        try {
            Object version = form.get("version");
            return version == null ? -1 : Integer.parseInt(version.toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static AssessmentOutcome outcome(String value) {
        return hearth.platform.Choice.of(AssessmentOutcome.class, value);
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}

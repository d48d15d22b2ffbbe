package hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormFieldsTests {

    record Row(String action, String owner, String dueDay) {
    }

    record Form(String summary, List<String> factors, Map<String, String> progress, List<Row> rows) {
    }

    @Test
    void fieldsNamedByAnIdAreReadByTheId() {
        FormFields fields = FormFields.posted(Map.of("progress-a1", new String[] {"MET"}, "progress-", new String[] {"x"},
                "summary", new String[] {"Held"}));

        assertThat(fields.keyed("progress-")).containsExactly(Map.entry("a1", "MET"));
    }

    @Test
    void rowsAreReadByNumberWithoutRowTenBeingTakenForRowOne() {
        Map<String, String[]> posted = new LinkedHashMap<>();
        posted.put("action1", new String[] {"Call school"});
        posted.put("action1Owner", new String[] {"Sam"});
        posted.put("action10Owner", new String[] {"Not row one"});
        posted.put("action2DueDay", new String[] {"4"});

        List<Row> rows = FormFields.posted(posted).rows("action", 1, 3, Row.class);

        assertThat(rows).containsExactly(new Row("Call school", "Sam", null), new Row(null, null, "4"),
                new Row(null, null, null));
    }

    @Test
    void aFormObjectGetsItsPlainFieldsBoundAndTheOnesItReadGivenAsTheyAre() {
        Map<String, String[]> posted = Map.of("summary", new String[] {"Held"}, "factors", new String[] {"3A", "4B"});

        Form form = FormFields.posted(posted).bindWith(Form.class, Map.of("progress", Map.of("a1", "MET"),
                "rows", List.of()));

        assertThat(form).isEqualTo(new Form("Held", List.of("3A", "4B"), Map.of("a1", "MET"), List.of()));
    }

    @Test
    void blankAnswersCanBeLeftOutAndAFormObjectsTextIsKeptAsADraft() {
        FormFields answered = FormFields.posted(Map.of("summary", new String[] {"  "}, "factors",
                new String[] {"", "3A"})).withoutBlanks();

        assertThat(answered.get("summary")).isNull();
        assertThat(answered.all("factors")).containsExactly("3A");
        Map<String, String> draft = FormFields.text(new Row("Call school", null, "4"));
        assertThat(draft).containsOnlyKeys("action", "owner", "dueDay").containsEntry("action", "Call school")
                .containsEntry("owner", null).containsEntry("dueDay", "4");
    }
}

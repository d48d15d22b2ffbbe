package hearth.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangeInWordsTests {

    @Test
    void anEditReadsAsEachFieldFromItsOldValueToItsNewOne() {
        assertThat(ChangeInWords.of("RECORD_CHANGED", """
                {"surname": {"from": "Smith", "to": "Smyth"}, "date_of_birth": {"from": "2019-04-01", "to": null}}"""))
                .containsExactlyInAnyOrder("Surname: Smith to Smyth", "Date of birth: 2019-04-01 to (blank)");
    }

    @Test
    void anAdditionReadsAsItsFieldsWithoutIdsOrWhoRecordedIt() {
        assertThat(ChangeInWords.of("RECORD_ADDED", """
                {"id": "0b5c", "person_id": "77aa", "summary": "Home visit", "recorded_by": "a1", "seen_alone": true}"""))
                .containsExactlyInAnyOrder("Summary: Home visit", "Seen alone: true");
    }

    @Test
    void anEntryThatIsNotAChangeHasNoWords() {
        assertThat(ChangeInWords.of("VIEW_CASE_FILE", null)).isEmpty();
    }
}

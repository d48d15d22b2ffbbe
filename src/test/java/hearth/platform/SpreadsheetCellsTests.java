package hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SpreadsheetCellsTests {

    @Test
    void textASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        assertThat(SpreadsheetCells.row("=HYPERLINK(\"http://x\",\"click\")", "+44 1632", "-1+2", "@SUM(A1)",
                "\tindented", "\rreturn")).containsExactly("'=HYPERLINK(\"http://x\",\"click\")", "'+44 1632", "'-1+2",
                "'@SUM(A1)", "'\tindented", "'\rreturn");
    }

    @Test
    void ordinaryTextDatesAndEmptyCellsAreWrittenAsTheyAre() {
        LocalDate date = LocalDate.of(2026, 3, 1);
        assertThat(SpreadsheetCells.row("Home visit; child seen alone", "", null, date, 42, "a = b"))
                .containsExactly("Home visit; child seen alone", "", null, date, 42, "a = b");
    }
}

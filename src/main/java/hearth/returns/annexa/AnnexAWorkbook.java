package hearth.returns.annexa;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The lists' workbook, written row by row: POI's streaming writer keeps a few hundred rows of
 * each sheet in memory and the rest in compressed temporary files, so a large council's lists
 * cost little memory. Text is written as text (dates too, as dd/mm/yyyy), counts as numbers.
 */
final class AnnexAWorkbook implements AutoCloseable {

    private static final int ROWS_IN_MEMORY = 500;

    private final SXSSFWorkbook book = new SXSSFWorkbook(null, ROWS_IN_MEMORY, true, false);
    private final Map<AnnexAList, SXSSFSheet> sheets = new EnumMap<>(AnnexAList.class);
    private final Map<AnnexAList, Integer> rows = new EnumMap<>(AnnexAList.class);
    private final CellStyle bold;

    AnnexAWorkbook(AnnexAPeriod period) {
        Font font = book.createFont();
        font.setBold(true);
        bold = book.createCellStyle();
        bold.setFont(font);
        for (AnnexAList list : AnnexAList.values()) {
            SXSSFSheet sheet = book.createSheet(list.sheet());
            sheet.createFreezePane(0, 1);
            sheets.put(list, sheet);
            write(sheet.createRow(0), list.headers(period), bold);
            rows.put(list, 0);
        }
    }

    /** Adds a row of the child's five columns and then the list's own, in the order of its headers. */
    void row(AnnexAList list, List<?> cells) {
        int next = rows.merge(list, 1, Integer::sum);
        write(sheets.get(list).createRow(next), cells, null);
    }

    int rows(AnnexAList list) {
        return rows.get(list);
    }

    /** The last sheet: what each list holds and the columns Hearth leaves blank, and why. */
    void notes(List<List<String>> notes) {
        SXSSFSheet sheet = book.createSheet("Notes");
        write(sheet.createRow(0), List.of("List", "Column", "Note"), bold);
        for (int i = 0; i < notes.size(); i++) {
            write(sheet.createRow(i + 1), notes.get(i), null);
        }
    }

    void writeTo(OutputStream out) throws IOException {
        book.write(out);
    }

    @Override
    public void close() throws IOException {
        book.close();
    }

    private static void write(Row row, List<?> cells, CellStyle style) {
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}

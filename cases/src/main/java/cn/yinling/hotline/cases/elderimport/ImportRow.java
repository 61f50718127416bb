package cn.yinling.hotline.cases.elderimport;

import java.util.Map;
import java.util.Set;

/**
 * One row of the file as read: its number as the spreadsheet shows it (the header is row 1), the text
 * of each known column, and which cells were numbers in the spreadsheet (an ID number stored as a
 * number has lost its last digits).
 */
public record ImportRow(int number, Map<ImportColumn, String> cells, Set<ImportColumn> numericCells) {

    public ImportRow {
        cells = Map.copyOf(cells);
        numericCells = Set.copyOf(numericCells);
    }

    /** The cell's text, stripped; empty when blank or absent. */
    public String text(ImportColumn column) {
        String s = cells.get(column);
        return s == null ? "" : s.strip();
    }

    public boolean blank(ImportColumn column) {
        return text(column).isEmpty();
    }

    public boolean numeric(ImportColumn column) {
        return numericCells.contains(column);
    }
}

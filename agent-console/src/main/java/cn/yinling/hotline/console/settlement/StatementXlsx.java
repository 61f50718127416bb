package cn.yinling.hotline.console.settlement;

import cn.yinling.hotline.cases.settlement.Statement;
import cn.yinling.hotline.console.ConsoleMessages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * A statement as an Excel workbook made for printing: A4 landscape, one page wide, the title and
 * the column headers repeated on every page, page numbers in the footer, and lines for the
 * provider's and the centre's signatures under the totals. Minutes and money are number cells
 * (yuan, two decimals); everything else text, so no cell can run as a formula.
 */
@Component
class StatementXlsx {

    /** Columns of the visit rows (and of the totals) that hold numbers. */
    private static final Set<Integer> NUMBER_COLUMNS = Set.of(4, 8, 9);
    private static final Set<Integer> TOTAL_NUMBER_COLUMNS = Set.of(1, 2, 4, 5);
    private static final int[] WIDTHS = {12, 10, 20, 12, 9, 22, 12, 12, 12, 12, 22};

    private final StatementRows rows;
    private final ConsoleMessages messages;

    StatementXlsx(StatementRows rows, ConsoleMessages messages) {
        this.rows = rows;
        this.messages = messages;
    }

    byte[] write(Statement s) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles st = new Styles(book);
            XSSFSheet sheet = book.createSheet(messages.get("settlement.sheet"));
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(rows.title(s));
            title.getCell(0).setCellStyle(st.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, WIDTHS.length - 1));
            write(sheet.createRow(1), rows.headers(), Set.of(), st.head, st);
            int r = 2;
            for (StatementRows.Row row : rows.rows(s)) {
                write(sheet.createRow(r++), row.cells(), NUMBER_COLUMNS, st.text, st);
            }
            r++;
            write(sheet.createRow(r++), rows.totalHeaders(), Set.of(), st.head, st);
            for (StatementRows.Total t : rows.totals(s)) {
                write(sheet.createRow(r++), t.cells(), TOTAL_NUMBER_COLUMNS, st.text, st);
            }
            r++;
            sheet.createRow(r++).createCell(0).setCellValue(messages.get("settlement.rounding"));
            r++;
            Row signatures = sheet.createRow(r);
            signatures.createCell(0).setCellValue(messages.get("settlement.signProvider"));
            signatures.createCell(6).setCellValue(messages.get("settlement.signCentre"));
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            printSetup(sheet);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void printSetup(XSSFSheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(new CellRangeAddress(0, 1, -1, -1));
        sheet.setHorizontallyCenter(true);
        sheet.setPrintGridlines(false);
        sheet.getFooter().setCenter(messages.get("settlement.footer", "&P", "&N"));
        sheet.createFreezePane(0, 2);
    }

    private static void write(Row row, List<String> cells, Set<Integer> numbers, CellStyle text, Styles st) {
        for (int c = 0; c < cells.size(); c++) {
            String v = cells.get(c);
            if (numbers.contains(c) && !v.isEmpty()) {
                row.createCell(c).setCellValue(new BigDecimal(v).doubleValue());
                row.getCell(c).setCellStyle(v.contains(".") ? st.money : st.count);
            } else {
                row.createCell(c).setCellValue(v);
                row.getCell(c).setCellStyle(text);
            }
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle head;
        final CellStyle text;
        final CellStyle money;
        final CellStyle count;

        Styles(XSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = book.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            head = bordered(book);
            head.setFont(bold);
            head.setAlignment(HorizontalAlignment.CENTER);
            head.setWrapText(true);
            text = bordered(book);
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            money = bordered(book);
            money.setDataFormat(book.createDataFormat().getFormat("0.00"));
            count = bordered(book);
            count.setDataFormat(book.createDataFormat().getFormat("0"));
        }

        private static CellStyle bordered(XSSFWorkbook book) {
            CellStyle s = book.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }
}

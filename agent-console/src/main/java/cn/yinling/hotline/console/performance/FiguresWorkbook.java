package cn.yinling.hotline.console.performance;

import cn.yinling.hotline.cases.performance.FigureLine;
import cn.yinling.hotline.cases.performance.Figures;
import cn.yinling.hotline.cases.performance.MonthFigures;
import cn.yinling.hotline.console.ConsoleMessages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The month's figures as an Excel workbook: a sheet of providers and a sheet of workers, the same
 * rows and columns as the page, with names rather than ids. Names are written as text cells, so a
 * name typed as "=..." is never run as a formula.
 */
@Component
class FiguresWorkbook {

    private static final int WIDTH = 14 * 256;

    private final ConsoleMessages messages;

    FiguresWorkbook(ConsoleMessages messages) {
        this.messages = messages;
    }

    byte[] write(MonthFigures m) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle head = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            head.setFont(bold);
            sheet(book, head, messages.get("perf.sheet.providers", m.month()), m.providers(), false);
            sheet(book, head, messages.get("perf.sheet.workers", m.month()), m.workers(), true);
            Sheet note = book.createSheet(messages.get("perf.sheet.notes"));
            note.createRow(0).createCell(0).setCellValue(messages.get("perf.note.onTime", m.graceMinutes()));
            note.createRow(1).createCell(0).setCellValue(messages.get("perf.note.satisfaction"));
            note.createRow(2).createCell(0).setCellValue(messages.get("perf.note.upheld"));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void sheet(XSSFWorkbook book, CellStyle head, String name, List<FigureLine> lines, boolean workers) {
        Sheet s = book.createSheet(name);
        List<String> headers = workers
                ? List.of("perf.col.worker", "perf.col.number", "perf.col.provider")
                : List.of("perf.col.provider");
        List<String> figureHeaders = List.of("perf.col.visits", "perf.col.checkedIn", "perf.col.onTime",
                "perf.col.onTimePercent", "perf.col.rated", "perf.col.average", "perf.col.satisfied",
                "perf.col.satisfactionPercent", "perf.col.upheld");
        Row h = s.createRow(0);
        int c = 0;
        for (String key : headers) {
            h.createCell(c++).setCellValue(messages.get(key));
        }
        for (String key : figureHeaders) {
            h.createCell(c++).setCellValue(messages.get(key));
        }
        for (int i = 0; i < c; i++) {
            h.getCell(i).setCellStyle(head);
            s.setColumnWidth(i, WIDTH);
        }
        int r = 1;
        for (FigureLine l : lines) {
            Row row = s.createRow(r++);
            int col = 0;
            row.createCell(col++).setCellValue(workers ? l.name() : l.providerName());
            if (workers) {
                row.createCell(col++).setCellValue(l.number() == null ? "" : l.number());
                row.createCell(col++).setCellValue(l.providerName());
            }
            Figures f = l.figures();
            row.createCell(col++).setCellValue(f.visits());
            row.createCell(col++).setCellValue(f.checkedIn());
            row.createCell(col++).setCellValue(f.onTime());
            share(row, col++, f.onTimePercent());
            row.createCell(col++).setCellValue(f.rated());
            share(row, col++, f.averageRating());
            row.createCell(col++).setCellValue(f.satisfied());
            share(row, col++, f.satisfactionPercent());
            row.createCell(col).setCellValue(f.upheld());
        }
        s.createFreezePane(0, 1);
    }

    private static void share(Row row, int col, BigDecimal value) {
        if (value == null) {
            row.createCell(col).setCellValue("—");
        } else {
            row.createCell(col).setCellValue(value.doubleValue());
        }
    }
}

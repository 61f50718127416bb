package cn.yinling.hotline.console.dispatch;

import cn.yinling.hotline.cases.dispatch.DispatchLine;
import cn.yinling.hotline.console.ConsoleMessages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The day's dispatch list as an Excel workbook (Apache POI, as the elder import uses): one row an
 * order, with the elder's title and address and phone in full (staff hand it to providers). Every
 * cell but the length is a string cell, phones and visit codes included (Excel keeps their leading zeros, and a
 * typed address starting with "=" stays text: nothing in it is run as a formula). Landscape, headers
 * repeated on each printed page.
 */
@Component
class DispatchWorkbook {

    static final String[] COLUMNS = {"date", "time", "elder", "address", "phone", "service", "minutes", "worker",
            "provider", "code", "state"};
    private static final int[] WIDTHS = {12, 12, 18, 36, 14, 12, 10, 16, 20, 10, 10};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ConsoleMessages messages;

    DispatchWorkbook(ConsoleMessages messages) {
        this.messages = messages;
    }

    byte[] xlsx(LocalDate day, List<DispatchLine> lines) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(messages.get("dispatch.sheet", day));
            CellStyle head = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            head.setFont(bold);
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.length; c++) {
                header.createCell(c).setCellValue(messages.get("dispatch.column." + COLUMNS[c]));
                header.getCell(c).setCellStyle(head);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int r = 1;
            for (DispatchLine l : lines) {
                Row row = sheet.createRow(r++);
                Object[] cells = {l.startsAt().toLocalDate().toString(),
                        TIME.format(l.startsAt()) + "–" + TIME.format(l.endsAt()),
                        l.elderTitle() + "（" + l.elderName() + "）", l.address(), l.elderPhone(), l.serviceName(),
                        l.minutes(),
                        l.workerNumber() == null ? l.workerName() : l.workerName() + "（" + l.workerNumber() + "）",
                        l.providerName(), l.visitCode(), messages.get("dispatch.state." + l.state().name())};
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] instanceof Integer n) {
                        row.createCell(c).setCellValue(n); // the length adds up in Excel
                    } else {
                        row.createCell(c).setCellValue((String) cells[c]);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

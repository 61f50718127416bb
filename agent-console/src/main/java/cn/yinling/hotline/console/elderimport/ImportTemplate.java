package cn.yinling.hotline.console.elderimport;

import cn.yinling.hotline.cases.elderimport.ImportColumn;
import cn.yinling.hotline.console.ConsoleMessages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The template to fill in: the headers of every column on the first sheet (the columns that hold
 * digits formatted as text, so Excel keeps an ID number's 18 digits), a second sheet saying what each
 * column takes; and the same headers as CSV, UTF-8 with a BOM so Excel opens it right. Nothing typed by
 * anyone goes into it, so it carries no cell a spreadsheet could run as a formula.
 */
@Component
class ImportTemplate {

    private static final Set<ImportColumn> TEXT_COLUMNS = EnumSet.of(ImportColumn.ID_NUMBER, ImportColumn.PHONES,
            ImportColumn.HOUSEHOLD_NO, ImportColumn.FAMILY1_PHONE, ImportColumn.FAMILY2_PHONE);
    private static final int COLUMN_WIDTH = 16 * 256;

    private final ConsoleMessages messages;

    ImportTemplate(ConsoleMessages messages) {
        this.messages = messages;
    }

    byte[] xlsx() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(messages.get("elderImport.template.sheet"));
            CellStyle text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            CellStyle head = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            head.setFont(bold);
            Row header = sheet.createRow(0);
            for (ImportColumn c : ImportColumn.values()) {
                header.createCell(c.ordinal()).setCellValue(c.header());
                header.getCell(c.ordinal()).setCellStyle(head);
                sheet.setColumnWidth(c.ordinal(), COLUMN_WIDTH);
                if (TEXT_COLUMNS.contains(c)) {
                    sheet.setDefaultColumnStyle(c.ordinal(), text);
                }
            }
            sheet.createFreezePane(0, 1);
            Sheet help = book.createSheet(messages.get("elderImport.template.helpSheet"));
            for (ImportColumn c : ImportColumn.values()) {
                Row r = help.createRow(c.ordinal());
                r.createCell(0).setCellValue(c.header());
                r.createCell(1).setCellValue(messages.get(c.required() ? "elderImport.template.required"
                        : "elderImport.template.optional"));
                r.createCell(2).setCellValue(messages.get("elderImport.column." + c.name()));
            }
            help.setColumnWidth(0, COLUMN_WIDTH);
            help.setColumnWidth(2, COLUMN_WIDTH * 5);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] csv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter p = new CSVPrinter(w, CSVFormat.EXCEL)) {
            w.write('\uFEFF');
            p.printRecord(Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

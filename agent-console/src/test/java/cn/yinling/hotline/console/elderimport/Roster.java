package cn.yinling.hotline.console.elderimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An elder roster as a centre would have it, for tests and the benchmark: headers, then rows of cells
 * by header (a String is text, a Number a numeric cell), written as .xlsx (streaming, so 10,000 rows
 * stay small in memory) or CSV.
 */
final class Roster {

    final List<String> headers;
    final List<Map<String, Object>> rows = new ArrayList<>();
    String titleRow;

    Roster(String... headers) {
        this.headers = Arrays.asList(headers);
    }

    Map<String, Object> add(Object... headerValuePairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < headerValuePairs.length; i += 2) {
            row.put((String) headerValuePairs[i], headerValuePairs[i + 1]);
        }
        rows.add(row);
        return row;
    }

    /** The spreadsheet row number of the i-th data row (header is row 1, or 2 below a title row). */
    int rowNumber(int index) {
        return index + (titleRow == null ? 2 : 3);
    }

    byte[] xlsx() {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("名册");
            int r = 0;
            if (titleRow != null) {
                sheet.createRow(r++).createCell(0).setCellValue(titleRow);
            }
            Row head = sheet.createRow(r++);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
            }
            for (Map<String, Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < headers.size(); i++) {
                    Object v = values.get(headers.get(i));
                    if (v instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(i).setCellValue(v.toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] csv() {
        return csv(StandardCharsets.UTF_8, true);
    }

    byte[] csv(Charset charset, boolean bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, charset); CSVPrinter p = new CSVPrinter(w, CSVFormat.EXCEL)) {
            if (bom) {
                w.write('\uFEFF');
            }
            if (titleRow != null) {
                p.printRecord(titleRow);
            }
            p.printRecord(headers);
            for (Map<String, Object> values : rows) {
                p.printRecord(headers.stream().map(h -> values.get(h) == null ? "" : values.get(h).toString()).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** All the template's headers. */
    static Roster full() {
        return new Roster(Arrays.stream(cn.yinling.hotline.cases.elderimport.ImportColumn.values())
                .map(cn.yinling.hotline.cases.elderimport.ImportColumn::header).toArray(String[]::new));
    }
}

package cn.yinling.hotline.console.dashboard;

import cn.yinling.hotline.cases.settlement.Yuan;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.dashboard.BureauReport.Count;
import cn.yinling.hotline.console.dashboard.BureauReport.PolicyLine;
import cn.yinling.hotline.console.dashboard.BureauReport.ServiceLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The bureau's monthly report as an Excel workbook: one sheet of tables (numbers as number cells,
 * hours and yuan with two decimals) and native Excel bar charts (POI's XDDF) of visits by service,
 * elders by policy and the ratings, drawn from those tables' cells.
 */
@Component
class BureauReportXlsx {

    private static final int CHART_COL = 9;
    private static final int CHART_ROWS = 16;

    private final ConsoleMessages messages;

    BureauReportXlsx(ConsoleMessages messages) {
        this.messages = messages;
    }

    byte[] write(BureauReport r) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Writer w = new Writer(book, book.createSheet(messages.get("bureau.sheet")));
            w.title(messages.get("bureau.title", r.month().toString()));

            List<List<Object>> policies = new ArrayList<>();
            for (PolicyLine p : r.policies()) {
                policies.add(policyRow(p));
            }
            int[] policyRows = w.table(messages.get("bureau.byPolicy"), keys("bureau.col.", "category", "policy",
                    "elders", "visits", "hours", "subsidy", "elderPays"), policies);
            w.rows(List.of(policyRow(r.total())), true);

            List<List<Object>> services = new ArrayList<>();
            for (ServiceLine s : r.services()) {
                services.add(List.of(s.service(), s.visits(), new BigDecimal(Yuan.hours(s.minutes()))));
            }
            int[] serviceRows = w.table(messages.get("bureau.byService"), keys("bureau.col.", "service", "visits", "hours"),
                    services);

            List<List<Object>> ratings = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                ratings.add(List.of(messages.get("bureau.stars", String.valueOf(i + 1)), r.ratings()[i]));
            }
            int[] ratingRows = w.table(messages.get("bureau.satisfaction"), keys("bureau.col.", "rating", "count"), ratings);
            w.rows(List.of(List.of(messages.get("bureau.satisfactionRate"), r.satisfaction().rateLabel() + "%")), true);

            w.table(messages.get("bureau.complaints", r.complaints()), keys("bureau.col.", "outcome", "count"),
                    counts(r.complaintOutcomes()));
            w.table(messages.get("bureau.emergencies"), keys("bureau.col.", "item", "count"), List.of(
                    List.of(messages.get("bureau.emergency.offered"), r.emergencies().offered()),
                    List.of(messages.get("bureau.emergency.answered"), r.emergencies().answered()),
                    List.of(messages.get("bureau.emergency.within60"), r.emergencies().within60()),
                    List.of(messages.get("bureau.emergency.responded"), r.emergencies().responded())));
            w.table(messages.get("bureau.doorProofs"), keys("bureau.col.", "proof", "count"), counts(r.doorProofs()));
            w.table(messages.get("bureau.checkins"), keys("bureau.col.", "item", "count"), List.of(
                    List.of(messages.get("bureau.checkin.checks"), r.checkins().checks()),
                    List.of(messages.get("bureau.checkin.done"), r.checkins().done()),
                    List.of(messages.get("bureau.checkin.escalated"), r.checkins().escalated()),
                    List.of(messages.get("bureau.checkin.missed"), r.checkins().missed()),
                    List.of(messages.get("bureau.checkin.inProgress"), r.checkins().inProgress())));
            w.rows(List.of(List.of(messages.get("bureau.note"))), false);

            w.chart(messages.get("bureau.chart.visits"), serviceRows, 1, 0);
            w.chart(messages.get("bureau.chart.elders"), policyRows, 2, 1);
            w.chart(messages.get("bureau.chart.ratings"), ratingRows, 1, 2);
            w.finish();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Object> policyRow(PolicyLine p) {
        return List.of(p.category(), p.policy(), p.elders(), p.visits(), new BigDecimal(Yuan.hours(p.minutes())),
                Yuan.of(p.subsidyFen()), Yuan.of(p.elderPaysFen()));
    }

    private static List<List<Object>> counts(List<Count> counts) {
        return counts.stream().map(c -> List.<Object>of(c.label(), c.count())).toList();
    }

    private List<String> keys(String prefix, String... names) {
        return java.util.Arrays.stream(names).map(n -> messages.get(prefix + n)).toList();
    }

    /** Writes tables down the first columns and charts beside them. */
    private static final class Writer {
        private final XSSFSheet sheet;
        private final XSSFDrawing drawing;
        private final CellStyle bold;
        private final CellStyle money;
        private int row;

        Writer(XSSFWorkbook book, XSSFSheet sheet) {
            this.sheet = sheet;
            this.drawing = sheet.createDrawingPatriarch();
            Font f = book.createFont();
            f.setBold(true);
            bold = book.createCellStyle();
            bold.setFont(f);
            money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("0.00"));
        }

        void title(String text) {
            Row r = sheet.createRow(row);
            r.createCell(0).setCellValue(text);
            r.getCell(0).setCellStyle(bold);
            row += 2;
        }

        /** A titled table; returns the first and last row of its data (last < first when empty). */
        int[] table(String title, List<String> headers, List<List<Object>> data) {
            Row t = sheet.createRow(row++);
            t.createCell(0).setCellValue(title);
            t.getCell(0).setCellStyle(bold);
            Row h = sheet.createRow(row++);
            for (int c = 0; c < headers.size(); c++) {
                h.createCell(c).setCellValue(headers.get(c));
                h.getCell(c).setCellStyle(bold);
            }
            int first = row;
            rows(data, false);
            int last = row - 1;
            return new int[] {first, last};
        }

        void rows(List<List<Object>> data, boolean emphasised) {
            for (List<Object> cells : data) {
                Row r = sheet.createRow(row++);
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v instanceof BigDecimal d) {
                        r.createCell(c).setCellValue(d.doubleValue());
                        r.getCell(c).setCellStyle(money);
                    } else if (v instanceof Number n) {
                        r.createCell(c).setCellValue(n.longValue());
                    } else {
                        r.createCell(c).setCellValue(String.valueOf(v));
                        if (emphasised) {
                            r.getCell(c).setCellStyle(bold);
                        }
                    }
                }
            }
            if (!emphasised) {
                row++;
            }
        }

        /** A horizontal bar chart of column {@code valueCol} against the labels in {@code labelCol} of the rows. */
        void chart(String title, int[] rows, int valueCol, int slot) {
            if (rows[1] < rows[0]) {
                return;
            }
            int labelCol = valueCol == 2 ? 1 : 0;
            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, CHART_COL, slot * (CHART_ROWS + 1),
                    CHART_COL + 8, slot * (CHART_ROWS + 1) + CHART_ROWS);
            XSSFChart chart = drawing.createChart(anchor);
            chart.setTitleText(title);
            chart.setTitleOverlay(false);
            XDDFCategoryAxis labels = chart.createCategoryAxis(AxisPosition.LEFT);
            XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
            values.setCrosses(AxisCrosses.AUTO_ZERO);
            XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, labels, values);
            data.setBarDirection(BarDirection.BAR);
            data.setVaryColors(false);
            data.addSeries(XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(rows[0], rows[1], labelCol, labelCol)),
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(rows[0], rows[1], valueCol, valueCol)))
                    .setTitle(title, null);
            chart.plot(data);
        }

        void finish() {
            int[] widths = {14, 26, 12, 10, 14, 14, 14};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.setFitToPage(true);
        }
    }
}

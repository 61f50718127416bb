package cn.yinling.hotline.console.elderimport;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet's XML as a stream (SAX), so a 10,000-row sheet is never held as cell objects:
 * shared and inline strings as text, numbers as Excel shows them in General format (no ".0", long
 * ones kept as stored so an ID number that Excel turned into a number is recognised), dates and times
 * formatted as dates (2024-03-05, 09:30), and remembers which cells were numbers.
 */
final class XlsxSheet extends DefaultHandler {

    private static final BigDecimal LARGEST_EXACT = new BigDecimal("1e15");

    private final SharedStrings strings;
    private final StylesTable styles;
    private final Consumer<SheetRow> rows;
    private final StringBuilder value = new StringBuilder();
    private List<String> cells;
    private Set<Integer> numeric;
    private int rowNumber;
    private int column;
    private String type;
    private int style;
    private boolean inValue;

    XlsxSheet(SharedStrings strings, StylesTable styles, Consumer<SheetRow> rows) {
        this.strings = strings;
        this.styles = styles;
        this.rows = rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (localName) {
            case "row" -> {
                cells = new ArrayList<>();
                numeric = new HashSet<>();
                String r = atts.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
            }
            case "c" -> {
                String r = atts.getValue("r");
                column = r == null ? cells.size() : new CellReference(r).getCol();
                type = atts.getValue("t");
                String s = atts.getValue("s");
                style = s == null ? -1 : Integer.parseInt(s);
                value.setLength(0);
            }
            case "v", "t" -> inValue = true;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v", "t" -> inValue = false;
            case "c" -> put(column, text());
            case "row" -> rows.accept(new SheetRow(rowNumber, cells, numeric));
            default -> { }
        }
    }

    private void put(int col, String text) {
        while (cells.size() <= col) {
            cells.add("");
        }
        cells.set(col, text);
    }

    private String text() {
        String v = value.toString();
        if ("s".equals(type)) {
            return v.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(v.strip())).getString();
        }
        if ("inlineStr".equals(type) || "str".equals(type) || "e".equals(type)) {
            return v;
        }
        if ("b".equals(type)) {
            return "1".equals(v) ? "是" : "否";
        }
        if (v.isEmpty()) {
            return "";
        }
        numeric.add(column);
        return number(v);
    }

    private String number(String raw) {
        double d;
        try {
            d = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
        if (style >= 0 && style < styles.getNumCellStyles()) {
            XSSFCellStyle s = styles.getStyleAt(style);
            if (DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString()) && DateUtil.isValidExcelDate(d)) {
                LocalDateTime t = DateUtil.getLocalDateTime(d);
                return d < 1 ? t.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm"))
                        : t.toLocalDate().toString();
            }
        }
        BigDecimal b = new BigDecimal(raw);
        return b.abs().compareTo(LARGEST_EXACT) < 0 ? b.stripTrailingZeros().toPlainString() : raw;
    }
}

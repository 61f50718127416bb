package cn.yinling.hotline.console.settlement;

import cn.yinling.hotline.cases.settlement.Statement;
import cn.yinling.hotline.console.dashboard.CasesCsv;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A statement as CSV: UTF-8 with a byte-order mark (Excel reads the Chinese), the visits, an empty
 * line, then the totals per policy; cells starting like a formula made inert.
 */
@Component
class StatementCsv {

    private final StatementRows rows;

    StatementCsv(StatementRows rows) {
        this.rows = rows;
    }

    byte[] write(Statement s) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, List.of(rows.title(s)));
        line(out, rows.headers());
        rows.rows(s).forEach(r -> line(out, r.cells()));
        out.append("\r\n");
        line(out, rows.totalHeaders());
        rows.totals(s).forEach(t -> line(out, t.cells()));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(CasesCsv.cell(cells.get(i)));
        }
        out.append("\r\n");
    }
}

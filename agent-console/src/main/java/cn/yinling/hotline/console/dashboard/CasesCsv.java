package cn.yinling.hotline.console.dashboard;

import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.console.ConsoleMessages;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Cases as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads the Chinese), quoted
 * fields, and cells that start like a formula made inert.
 */
@Component
public class CasesCsv {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ConsoleMessages messages;
    private final CasesProperties properties;

    CasesCsv(ConsoleMessages messages, CasesProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    String write(List<CareCase> cases) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, messages.get("csv.header").split(","));
        for (CareCase c : cases) {
            line(out, String.valueOf(c.getId()), messages.get("case.type." + c.getType()),
                    messages.get("priority." + c.priority()), messages.get("status." + c.getStatus()),
                    messages.get("channel." + c.getChannel()), c.getSubject(), time(c.getCreatedAt()), time(c.getDueAt()),
                    time(c.getClosedAt()), c.getWrapUpCode() == null ? "" : messages.get("wrapup." + c.getWrapUpCode()),
                    c.getElderId() == null ? "" : String.valueOf(c.getElderId()),
                    c.getAssigneeId() == null ? "" : String.valueOf(c.getAssigneeId()));
        }
        return out.toString();
    }

    private String time(Instant at) {
        return at == null ? "" : at.atZone(properties.zone()).format(WHEN);
    }

    private static void line(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
    }

    /** One quoted CSV field, made inert if it starts like a formula; public for the settlement exports. */
    public static String cell(String raw) {
        String s = raw == null ? "" : raw;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}

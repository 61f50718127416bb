package cn.yinling.hotline.console.agentreport;

import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import cn.yinling.hotline.console.dashboard.CasesCsv;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The per-agent report (坐席报表) and its CSV, for supervisors and admins (the supervisor paths); exports audited. */
@Controller
class AgentReportController {

    private final AgentReports reports;
    private final ConsoleAudit audit;
    private final ConsoleMessages messages;
    private final CasesProperties properties;
    private final Clock clock;

    AgentReportController(AgentReports reports, ConsoleAudit audit, ConsoleMessages messages, CasesProperties properties,
            Clock clock) {
        this.reports = reports;
        this.audit = audit;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/console/supervisor/agent-report")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        ReportRange.Result asked = range(from, to);
        asked.problem().ifPresent(key -> model.addAttribute("problem", messages.get(key, ReportRange.MAX_DAYS)));
        model.addAttribute("range", asked.range());
        model.addAttribute("lines", reports.lines(asked.range()));
        model.addAttribute("words", reports);
        return "console/agent-report";
    }

    @GetMapping("/console/supervisor/agent-report.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Principal principal) {
        ReportRange.Result asked = range(from, to);
        if (asked.problem().isPresent()) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(messages.get(asked.problem().get(), ReportRange.MAX_DAYS).getBytes(StandardCharsets.UTF_8));
        }
        ReportRange range = asked.range();
        List<AgentReportLine> lines = reports.lines(range);
        audit.record(principal.getName(), Action.EXPORT, null, "agentReportExported", range.from(), range.to(), lines.size());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("agents-" + range.from() + "-" + range.to() + ".csv").build().toString())
                .body(write(lines).getBytes(StandardCharsets.UTF_8));
    }

    /** UTF-8 with a byte-order mark for Excel, names not ids, times in seconds. */
    private String write(List<AgentReportLine> lines) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, messages.get("report.csv.header").split(","));
        for (AgentReportLine l : lines) {
            line(out, l.name(), l.username(), l.roleLabel(), Long.toString(l.handled()), number(l.firstResponseMedian()),
                    number(l.firstResponseAverage()), number(l.handlingAverage()), Long.toString(l.wrapUpSeconds()),
                    Long.toString(l.ratings()), "—".equals(l.ratingAverage()) ? "" : l.ratingAverage());
        }
        return out.toString();
    }

    private static String number(Long n) {
        return n == null ? "" : n.toString();
    }

    private static void line(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            out.append(i > 0 ? "," : "").append(CasesCsv.cell(cells[i]));
        }
        out.append("\r\n");
    }

    private ReportRange.Result range(LocalDate from, LocalDate to) {
        return ReportRange.of(from, to, LocalDate.ofInstant(clock.instant(), properties.zone()), properties.zone());
    }
}

package cn.yinling.hotline.console.dashboard;

import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervisor's dashboard and the CSV export of cases (supervisors and admins only, see the
 * security chain). Both are audited with their date range (and the export with its row count): the
 * export lists elders' names and the dashboard the agents' work.
 */
@Controller
class DashboardController {

    private final Dashboards dashboards;
    private final CasesCsv csv;
    private final CasesProperties properties;
    private final ConsoleAudit audit;
    private final ProviderSatisfactions providerSatisfactions;
    private final ConsoleMessages messages;
    private final Clock clock;

    DashboardController(Dashboards dashboards, CasesCsv csv, CasesProperties properties, ConsoleAudit audit,
            ProviderSatisfactions providerSatisfactions, ConsoleMessages messages, Clock clock) {
        this.messages = messages;
        this.dashboards = dashboards;
        this.providerSatisfactions = providerSatisfactions;
        this.audit = audit;
        this.csv = csv;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/console/supervisor/dashboard")
    String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Principal principal,
            Model model) {
        DateRange range = range(from, to);
        if (DateRange.tooLong(from, to)) {
            model.addAttribute("problem", messages.get("dash.rangeLimited", DateRange.MAX_DAYS, range.from(), range.to()));
        }
        model.addAttribute("board", dashboards.of(range));
        model.addAttribute("providerSatisfaction", providerSatisfactions.now());
        audit.record(principal.getName(), Action.VIEW, null, "dashboardViewed", range.from(), range.to());
        return "console/dashboard";
    }

    @GetMapping("/console/supervisor/cases.csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Principal principal) {
        if (DateRange.tooLong(from, to)) {
            // A file cut short without a word would pass for the whole range: refused, in words.
            return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(messages.get("dash.exportTooLong", DateRange.MAX_DAYS).getBytes(StandardCharsets.UTF_8));
        }
        DateRange range = range(from, to);
        String name = "cases-" + range.from() + "-" + range.to() + ".csv";
        List<CareCase> cases = dashboards.casesIn(range);
        byte[] body = csv.write(cases).getBytes(StandardCharsets.UTF_8);
        audit.record(principal.getName(), Action.EXPORT, null, "casesExported", range.from(), range.to(), cases.size());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    private DateRange range(LocalDate from, LocalDate to) {
        return DateRange.of(from, to, LocalDate.ofInstant(clock.instant(), properties.zone()));
    }
}

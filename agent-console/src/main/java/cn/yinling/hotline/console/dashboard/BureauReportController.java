package cn.yinling.hotline.console.dashboard;

import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import java.security.Principal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The bureau's monthly report with its charts, and as Excel: supervisors and admins only (the security
 * chain guards {@code /console/supervisor/**}); both audited with the month. It holds counts and
 * sums, no elder's name.
 */
@Controller
class BureauReportController {

    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final BureauReports reports;
    private final BureauReportXlsx xlsx;
    private final ConsoleAudit audit;
    private final ConsoleMessages messages;
    private final CasesProperties properties;
    private final Clock clock;

    BureauReportController(BureauReports reports, BureauReportXlsx xlsx, ConsoleAudit audit, ConsoleMessages messages,
            CasesProperties properties, Clock clock) {
        this.reports = reports;
        this.xlsx = xlsx;
        this.audit = audit;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/console/supervisor/report")
    String page(@RequestParam(required = false) String month, Principal principal, Model model) {
        YearMonth period = parse(month);
        if (period == null) {
            model.addAttribute("problem", messages.get("settlement.badMonth", month));
            period = lastMonth();
        }
        model.addAttribute("r", reports.of(period));
        model.addAttribute("previous", period.minusMonths(1));
        model.addAttribute("next", period.plusMonths(1));
        audit.record(principal.getName(), Action.VIEW, null, "bureauReportViewed", period);
        return "console/bureau-report";
    }

    @GetMapping("/console/supervisor/report.xlsx")
    ResponseEntity<byte[]> excel(@RequestParam(required = false) String month, Principal principal) {
        YearMonth period = parse(month);
        if (period == null) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).build();
        }
        byte[] body = xlsx.write(reports.of(period));
        audit.record(principal.getName(), Action.EXPORT, null, "bureauReportExported", period);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("bureau-report-" + period + ".xlsx").build().toString())
                .body(body);
    }

    /** The month asked for; last month when none is given; null when it is not yyyy-MM. */
    private YearMonth parse(String month) {
        if (month == null || month.isBlank()) {
            return lastMonth();
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private YearMonth lastMonth() {
        return YearMonth.from(clock.instant().atZone(properties.zone())).minusMonths(1);
    }
}

package cn.yinling.hotline.console.performance;

import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.performance.FigureLine;
import cn.yinling.hotline.cases.performance.Figures;
import cn.yinling.hotline.cases.performance.MonthFigures;
import cn.yinling.hotline.cases.performance.SubjectKind;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import java.security.Principal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.NoSuchElementException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * 服务评估: one month's figures per provider and per worker, a drill-down to one provider (its
 * workers) or one worker (the last six months), and the Excel export (audited: it leaves the system).
 */
@Controller
class PerformanceController {

    static final String BASE = "/console/supervisor/assessment";
    private static final int TREND_MONTHS = 6;
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PerformanceDesk desk;
    private final FiguresWorkbook workbook;
    private final ConsoleAudit audit;
    private final ConsoleMessages messages;
    private final CasesProperties properties;
    private final Clock clock;

    PerformanceController(PerformanceDesk desk, FiguresWorkbook workbook, ConsoleAudit audit, ConsoleMessages messages,
            CasesProperties properties, Clock clock) {
        this.desk = desk;
        this.workbook = workbook;
        this.audit = audit;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping(BASE)
    String page(@RequestParam(required = false) String month, Model model) {
        YearMonth m = shown(month, model);
        model.addAttribute("figures", desk.month(m));
        return "console/performance";
    }

    @GetMapping(BASE + "/providers/{id}")
    String provider(@PathVariable long id, @RequestParam(required = false) String month, Model model) {
        YearMonth m = shown(month, model);
        MonthFigures figures = desk.month(m);
        model.addAttribute("line", figures.provider(id).orElseThrow());
        model.addAttribute("workers", figures.workersOf(id));
        model.addAttribute("listings", desk.listingsOf(SubjectKind.PROVIDER, id));
        model.addAttribute("graceMinutes", figures.graceMinutes());
        return "console/performance-provider";
    }

    @GetMapping(BASE + "/workers/{id}")
    String worker(@PathVariable long id, @RequestParam(required = false) String month, Model model) {
        YearMonth m = shown(month, model);
        model.addAttribute("line", desk.month(m).worker(id).orElseThrow());
        model.addAttribute("trend", desk.months(m, TREND_MONTHS).stream()
                .map(f -> new Trend(f.month(), f.worker(id).map(FigureLine::figures).orElse(null))).toList());
        model.addAttribute("listings", desk.listingsOf(SubjectKind.WORKER, id));
        return "console/performance-worker";
    }

    @GetMapping(BASE + ".xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String month, Principal principal) {
        YearMonth m = parse(month);
        MonthFigures figures = desk.month(m);
        byte[] body = workbook.write(figures);
        audit.record(principal.getName(), Action.EXPORT, null, "assessmentExported", m,
                figures.providers().size(), figures.workers().size());
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("assessment-" + m + ".xlsx").build().toString())
                .body(body);
    }

    /** One month of the worker's figures; null figures when the worker was not yet there or inactive. */
    record Trend(YearMonth month, Figures figures) {
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "console/not-found";
    }

    /** The month asked for; a month that cannot be read shows this month with a problem saying so. */
    private YearMonth shown(String month, Model model) {
        YearMonth m = parse(month);
        if (month != null && !month.isBlank() && !m.toString().equals(month.strip())) {
            model.addAttribute("problem", messages.get("perf.badMonth", month));
        }
        model.addAttribute("month", m);
        model.addAttribute("previous", m.minusMonths(1));
        model.addAttribute("next", m.plusMonths(1));
        return m;
    }

    private YearMonth parse(String month) {
        YearMonth now = YearMonth.from(clock.instant().atZone(properties.zone()));
        if (month == null || month.isBlank()) {
            return now;
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            return now;
        }
    }
}

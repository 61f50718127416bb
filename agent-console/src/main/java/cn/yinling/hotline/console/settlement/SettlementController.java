package cn.yinling.hotline.console.settlement;

import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.provider.Provider;
import cn.yinling.hotline.cases.settlement.CloseRefusedException;
import cn.yinling.hotline.cases.settlement.Statement;
import cn.yinling.hotline.cases.settlement.Statements;
import cn.yinling.hotline.cases.settlement.SettlementMonths;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Providers' monthly statements and closing a month, for supervisors and admins (the security chain
 * guards {@code /console/supervisor/**}). Views and exports are audited with the provider and month.
 */
@Controller
class SettlementController {

    private static final String BASE = "/console/supervisor/settlement";
    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Statements statements;
    private final SettlementMonths months;
    private final StatementRows rows;
    private final StatementXlsx xlsx;
    private final StatementCsv csv;
    private final ConsoleAudit audit;
    private final ConsoleMessages messages;
    private final CasesProperties properties;
    private final Clock clock;

    SettlementController(Statements statements, SettlementMonths months, StatementRows rows, StatementXlsx xlsx,
            StatementCsv csv, ConsoleAudit audit, ConsoleMessages messages, CasesProperties properties, Clock clock) {
        this.statements = statements;
        this.months = months;
        this.rows = rows;
        this.xlsx = xlsx;
        this.csv = csv;
        this.audit = audit;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping(BASE)
    String page(@RequestParam(required = false) String month, @RequestParam(required = false) Long provider,
            Principal principal, Model model) {
        YearMonth period;
        try {
            period = month(month);
        } catch (BadMonthException e) {
            model.addAttribute("problem", messages.get("settlement.badMonth", month));
            period = month(null);
        }
        List<Provider> providers = statements.providersOf(period);
        Long chosen = provider != null ? provider : providers.isEmpty() ? null : providers.get(0).getId();
        model.addAttribute("period", period);
        model.addAttribute("previous", period.minusMonths(1));
        model.addAttribute("next", period.plusMonths(1));
        model.addAttribute("providers", providers);
        model.addAttribute("monthState", statements.view(period));
        model.addAttribute("monthCheck", statements.reconcileMonth(period));
        model.addAttribute("unrecorded", statements.unrecorded(period));
        model.addAttribute("closable", period.isBefore(YearMonth.from(clock.instant().atZone(properties.zone()))));
        if (chosen != null) {
            Statement s = statements.of(chosen, period);
            model.addAttribute("statement", s);
            model.addAttribute("rows", rows.rows(s));
            model.addAttribute("totals", rows.totals(s));
            model.addAttribute("headers", rows.headers());
            model.addAttribute("totalHeaders", rows.totalHeaders());
            audit.record(principal.getName(), Action.VIEW, null, "statementViewed", s.providerName(), period);
        }
        return "console/settlement";
    }

    @GetMapping(BASE + "/statement.xlsx")
    ResponseEntity<byte[]> excel(@RequestParam String month, @RequestParam long provider, Principal principal) {
        Statement s = exported(month, provider, principal, "xlsx");
        return download(xlsx.write(s), XLSX, name(s, "xlsx"));
    }

    @GetMapping(BASE + "/statement.csv")
    ResponseEntity<byte[]> csv(@RequestParam String month, @RequestParam long provider, Principal principal) {
        Statement s = exported(month, provider, principal, "csv");
        return download(csv.write(s), new MediaType("text", "csv", StandardCharsets.UTF_8), name(s, "csv"));
    }

    @PostMapping(BASE + "/close")
    String close(@RequestParam String month, Principal principal, RedirectAttributes flash) {
        YearMonth period = month(month);
        try {
            months.close(period, principal.getName());
            flash.addFlashAttribute("done", messages.get("settlement.closed", period.toString()));
        } catch (CloseRefusedException e) {
            flash.addFlashAttribute("problem", messages.get("settlement.refused." + e.reason().name(), period.toString()));
        }
        return "redirect:" + BASE + "?month=" + period;
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "console/not-found";
    }

    @ExceptionHandler(BadMonthException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badMonth() {
        return "console/not-found";
    }

    private Statement exported(String month, long provider, Principal principal, String format) {
        Statement s = statements.of(provider, month(month));
        audit.record(principal.getName(), Action.EXPORT, null, "statementExported", s.providerName(), s.period(),
                format, s.lines().size());
        return s;
    }

    private YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return YearMonth.from(clock.instant().atZone(properties.zone())).minusMonths(1);
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadMonthException();
        }
    }

    private static String name(Statement s, String ext) {
        return "statement-" + s.providerId() + "-" + s.period() + "." + ext;
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }

    /** A month that is not yyyy-MM. */
    static class BadMonthException extends RuntimeException {
    }
}

package cn.yinling.hotline.console.dashboard;

import cn.yinling.hotline.cases.CasesProperties;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The supervisor's dashboard and the CSV export of cases (supervisors and admins only, see the security chain). */
@Controller
class DashboardController {

    private final Dashboards dashboards;
    private final CasesCsv csv;
    private final CasesProperties properties;
    private final Clock clock;

    DashboardController(Dashboards dashboards, CasesCsv csv, CasesProperties properties, Clock clock) {
        this.dashboards = dashboards;
        this.csv = csv;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/console/supervisor/dashboard")
    String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        model.addAttribute("board", dashboards.of(range(from, to)));
        return "console/dashboard";
    }

    @GetMapping("/console/supervisor/cases.csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        DateRange range = range(from, to);
        String name = "cases-" + range.from() + "-" + range.to() + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(csv.write(dashboards.casesIn(range)).getBytes(StandardCharsets.UTF_8));
    }

    private DateRange range(LocalDate from, LocalDate to) {
        return DateRange.of(from, to, LocalDate.ofInstant(clock.instant(), properties.zone()));
    }
}

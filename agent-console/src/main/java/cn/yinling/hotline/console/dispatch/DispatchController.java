package cn.yinling.hotline.console.dispatch;

import cn.yinling.hotline.cases.dispatch.DispatchLine;
import cn.yinling.hotline.cases.provider.Provider;
import cn.yinling.hotline.console.ConsoleMessages;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 派工单: the day's work orders for every signed-in account (agents and supervisors alike, as the
 * providers pages), filtered by provider and worker, printable and as Excel; a work order's page,
 * where staff hand the visit to another worker. Addresses and phones are masked until asked for.
 */
@Controller
class DispatchController {

    static final String PATH = "/console/dispatch";
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final DispatchDesk desk;
    private final DispatchWorkbook workbook;
    private final ConsoleMessages messages;

    DispatchController(DispatchDesk desk, DispatchWorkbook workbook, ConsoleMessages messages) {
        this.desk = desk;
        this.workbook = workbook;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String list(@RequestParam(required = false) String day, @RequestParam(required = false) Long provider,
            @RequestParam(required = false) Long worker, @RequestParam(defaultValue = "false") boolean full,
            Principal principal, Model model) {
        LocalDate d = parse(day);
        if (d == null) {
            model.addAttribute("problem", messages.get("dispatch.dayInvalid"));
            d = desk.today();
        }
        DispatchDesk.Filter f = new DispatchDesk.Filter(d, provider, worker);
        model.addAttribute("day", d);
        model.addAttribute("typedDay", day == null || day.isBlank() ? d.toString() : day);
        model.addAttribute("provider", provider);
        model.addAttribute("worker", worker);
        model.addAttribute("full", full);
        List<Provider> providers = desk.providers();
        List<DispatchDesk.WorkerOption> workers = desk.workersOn(d, provider);
        model.addAttribute("providers", providers);
        model.addAttribute("workers", workers);
        // The printed list says whose it is.
        model.addAttribute("providerName", providers.stream().filter(p -> p.getId().equals(provider))
                .map(Provider::getName).findFirst().orElse(null));
        model.addAttribute("workerName", workers.stream().filter(w -> worker != null && w.id() == worker)
                .map(DispatchDesk.WorkerOption::label).findFirst().orElse(null));
        model.addAttribute("rows", desk.rows(f, full, principal.getName()));
        return "console/dispatch";
    }

    @GetMapping(PATH + "/dispatch.xlsx")
    ResponseEntity<byte[]> excel(@RequestParam String day, @RequestParam(required = false) Long provider,
            @RequestParam(required = false) Long worker, Principal principal) {
        LocalDate d = parse(day);
        if (d == null) {
            return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(messages.get("dispatch.dayInvalid").getBytes(StandardCharsets.UTF_8));
        }
        List<DispatchLine> lines = desk.export(new DispatchDesk.Filter(d, provider, worker), principal.getName());
        String name = messages.get("dispatch.file", d) + ".xlsx";
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(workbook.xlsx(d, lines));
    }

    @GetMapping(PATH + "/orders/{id}")
    String order(@PathVariable long id, Principal principal, Model model) {
        DispatchLine l = desk.order(id, principal.getName());
        model.addAttribute("o", l);
        model.addAttribute("changeable", desk.changeable(l));
        model.addAttribute("alternatives", desk.alternatives(l));
        model.addAttribute("messages", desk.messagesAbout(id));
        return "console/work-order";
    }

    /** A booking's work order, for links from where bookings are listed. */
    @GetMapping(PATH + "/bookings/{bookingId}")
    String ofBooking(@PathVariable long bookingId) {
        return "redirect:" + PATH + "/orders/" + desk.orderOfBooking(bookingId);
    }

    @PostMapping(PATH + "/orders/{id}/worker")
    String reassign(@PathVariable long id, @RequestParam(required = false) Long workerId, Principal principal,
            RedirectAttributes flash) {
        String problem = workerId == null ? messages.get("pw.reassign.choose")
                : desk.reassign(id, workerId, principal.getName());
        flash.addFlashAttribute(problem == null ? "done" : "problem",
                problem == null ? messages.get("dispatch.reassigned") : problem);
        return "redirect:" + PATH + "/orders/" + id;
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "console/not-found";
    }

    private LocalDate parse(String day) {
        if (day == null || day.isBlank()) {
            return desk.today();
        }
        try {
            return LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

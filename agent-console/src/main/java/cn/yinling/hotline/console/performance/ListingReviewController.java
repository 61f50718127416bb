package cn.yinling.hotline.console.performance;

import cn.yinling.hotline.console.ConsoleMessages;
import java.security.Principal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
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
 * 红榜/黑名单审核: the proposals with the figures that triggered them, a supervisor's approval or
 * rejection with a reason, lifting a black listing, and proposing a month on demand. A refused
 * decision comes back with the reason as typed.
 */
@Controller
class ListingReviewController {

    static final String BASE = "/console/supervisor/lists";

    private final PerformanceDesk desk;
    private final ConsoleMessages messages;

    ListingReviewController(PerformanceDesk desk, ConsoleMessages messages) {
        this.desk = desk;
        this.messages = messages;
    }

    @GetMapping(BASE)
    String review(Model model) {
        model.addAttribute("rows", desk.review());
        return "console/listings";
    }

    @PostMapping(BASE + "/run")
    String run(@RequestParam(defaultValue = "") String month, Principal principal, RedirectAttributes flash) {
        YearMonth m;
        try {
            m = YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            flash.addFlashAttribute("problem", messages.get("perf.badMonth", month));
            return "redirect:" + BASE;
        }
        int n = desk.propose(m, principal.getName());
        if (n < 0) {
            flash.addFlashAttribute("problem", messages.get("perf.runBusy", m));
        } else {
            flash.addFlashAttribute("done", messages.get("perf.proposed", m, n));
        }
        return "redirect:" + BASE;
    }

    @PostMapping(BASE + "/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Principal principal,
            RedirectAttributes flash) {
        desk.requireListing(id);
        return after(id, reason, desk.approve(id, reason, principal.getName()), "perf.approved", flash);
    }

    @PostMapping(BASE + "/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Principal principal,
            RedirectAttributes flash) {
        desk.requireListing(id);
        return after(id, reason, desk.reject(id, reason, principal.getName()), "perf.rejected", flash);
    }

    @PostMapping(BASE + "/{id}/lift")
    String lift(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Principal principal,
            RedirectAttributes flash) {
        desk.requireListing(id);
        return after(id, reason, desk.lift(id, reason, principal.getName()), "perf.lifted", flash);
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "console/not-found";
    }

    private String after(long id, String reason, String problem, String doneKey, RedirectAttributes flash) {
        if (problem == null) {
            flash.addFlashAttribute("done", messages.get(doneKey, id));
        } else {
            flash.addFlashAttribute("problem", problem);
            flash.addFlashAttribute("typedFor", id);
            flash.addFlashAttribute("typedReason", reason);
        }
        return "redirect:" + BASE + "#listing-" + id;
    }
}

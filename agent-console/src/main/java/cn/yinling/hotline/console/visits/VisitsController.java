package cn.yinling.hotline.console.visits;

import cn.yinling.hotline.cases.TextTooLongException;
import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.booking.BookingRefusedException;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.visit.DoorCheckins;
import cn.yinling.hotline.cases.visit.VisitBoard;
import cn.yinling.hotline.cases.visit.VisitDecisions;
import cn.yinling.hotline.cases.visit.VisitDecisions.Decision;
import cn.yinling.hotline.cases.visit.VisitRefusedException;
import cn.yinling.hotline.cases.visit.VisitRow;
import cn.yinling.hotline.cases.visit.VisitStatus;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import cn.yinling.hotline.console.MaskedPhone;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * 今日上门: every signed-in account sees the day's visits (elders' phones masked; a click shows one
 * and is audited) and records what a worker reported otherwise (arrival, departure: proof STAFF) or
 * a no-show; a held visit is decided by supervisors and admins only, under {@code /console/supervisor/}.
 * Every change is audited with the elder; ids come from the path only and are checked by the service.
 */
@Controller
class VisitsController {

    private static final String PAGE = "/console/visits";

    private final VisitBoard board;
    private final VisitDecisions decisions;
    private final DoorCheckins checkins;
    private final ConsoleAudit audit;
    private final ConsoleMessages messages;
    private final Clock clock;

    VisitsController(VisitBoard board, VisitDecisions decisions, DoorCheckins checkins, ConsoleAudit audit,
            ConsoleMessages messages, Clock clock) {
        this.board = board;
        this.decisions = decisions;
        this.checkins = checkins;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    String visits(@RequestParam(required = false) String day, Model model) {
        LocalDate shown = parseDay(day);
        Long revealed = (Long) model.getAttribute("revealedOrder");
        String revealedPhone = (String) model.getAttribute("revealedPhone");
        List<VisitLine> lines = board.day(shown).stream().map(r -> line(r,
                r.orderId() == (revealed == null ? -1 : revealed) ? revealedPhone : null)).toList();
        Map<VisitStatus, Long> counts = lines.stream()
                .collect(Collectors.groupingBy(l -> l.row().status(), Collectors.counting()));
        model.addAttribute("day", shown);
        model.addAttribute("today", board.today());
        model.addAttribute("lines", lines);
        model.addAttribute("counts", Arrays.stream(VisitStatus.values())
                .collect(Collectors.toMap(Function.identity(), s -> counts.getOrDefault(s, 0L))));
        model.addAttribute("statuses", VisitStatus.values());
        model.addAttribute("locks", checkins.lockedNow().stream().map(l -> new Lock(lockWho(l.subject()),
                time(l.lockedUntil()))).toList());
        model.addAttribute("decisions", Decision.values());
        return "console/visits";
    }

    /** Shows one elder's phone in full, once, for the agent to call: audited with the elder. */
    @PostMapping(PAGE + "/{orderId}/elder-phone")
    String revealPhone(@PathVariable long orderId, Principal principal, RedirectAttributes flash) {
        VisitRow r = board.one(orderId);
        audit.record(principal.getName(), Action.VIEW, new ElderId(r.elderId()), "visitElderPhone", r.orderId(),
                r.elderName());
        flash.addFlashAttribute("revealedOrder", r.orderId());
        flash.addFlashAttribute("revealedPhone", r.elderPhone() == null ? "" : r.elderPhone());
        return back(r);
    }

    @PostMapping(PAGE + "/{orderId}/arrival")
    String arrival(@PathVariable long orderId, @RequestParam(defaultValue = "") String time, Principal principal,
            RedirectAttributes flash) {
        VisitRow r = board.one(orderId);
        return act(r, flash, () -> {
            LocalTime t = parseTime(time);
            decisions.recordArrival(orderId, r.startsAt().toLocalDate().atTime(t), principal.getName());
            audit.record(principal.getName(), Action.UPDATE, new ElderId(r.elderId()), "visitArrival", orderId, t);
        }, "visit.done.arrival");
    }

    @PostMapping(PAGE + "/{orderId}/departure")
    String departure(@PathVariable long orderId, @RequestParam(defaultValue = "") String time, Principal principal,
            RedirectAttributes flash) {
        VisitRow r = board.one(orderId);
        return act(r, flash, () -> {
            LocalTime t = parseTime(time);
            decisions.recordDeparture(orderId, r.startsAt().toLocalDate().atTime(t), principal.getName());
            audit.record(principal.getName(), Action.UPDATE, new ElderId(r.elderId()), "visitDeparture", orderId, t);
        }, "visit.done.departure");
    }

    @PostMapping(PAGE + "/{orderId}/no-show")
    String noShow(@PathVariable long orderId, Principal principal, RedirectAttributes flash) {
        VisitRow r = board.one(orderId);
        return act(r, flash, () -> {
            decisions.markNoShow(orderId, principal.getName());
            audit.record(principal.getName(), Action.UPDATE, new ElderId(r.elderId()), "visitNoShow", orderId);
        }, "visit.done.noShow");
    }

    /** A held visit: consume as recorded, another length, or release without charge; a reason always. */
    @PostMapping("/console/supervisor/visits/{orderId}/decide")
    String decide(@PathVariable long orderId, @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String minutes, @RequestParam(defaultValue = "") String reason,
            Principal principal, RedirectAttributes flash) {
        VisitRow r = board.one(orderId);
        // Kept for the form if the decision is refused: nothing typed is lost.
        flash.addFlashAttribute("typedOrder", orderId);
        flash.addFlashAttribute("typedDecision", decision);
        flash.addFlashAttribute("typedMinutes", minutes);
        flash.addFlashAttribute("typedReason", reason);
        return act(r, flash, () -> {
            if (r.visitId() == null) {
                throw new VisitRefusedException(VisitRefusedException.Reason.NOT_HELD, "no visit for " + orderId);
            }
            Decision d = parseDecision(decision);
            Integer length = d == Decision.OTHER_LENGTH ? parseMinutes(minutes) : null;
            decisions.decide(r.visitId(), d, length, reason, principal.getName());
            audit.record(principal.getName(), Action.UPDATE, new ElderId(r.elderId()), "visitDecided", orderId,
                    messages.get("visit.decision." + d.name()), length == null ? "" : length, reason.strip());
        }, "visit.done.decided");
    }

    private String act(VisitRow r, RedirectAttributes flash, Runnable action, String doneKey) {
        try {
            action.run();
            flash.addFlashAttribute("done", messages.get(doneKey));
        } catch (VisitRefusedException e) {
            flash.addFlashAttribute("problem", messages.get("visit.problem." + e.reason().name()));
        } catch (TextTooLongException e) {
            flash.addFlashAttribute("problem", messages.get("visit.problem.tooLong", VisitDecisions.MAX_REASON));
        } catch (BookingRefusedException e) {
            flash.addFlashAttribute("problem", messages.get("visit.problem.NOT_ISSUED"));
        }
        return back(r);
    }

    private static String back(VisitRow r) {
        return "redirect:" + PAGE + "?day=" + r.startsAt().toLocalDate() + "#visit-" + r.orderId();
    }

    private VisitLine line(VisitRow r, String revealedPhone) {
        boolean revealed = revealedPhone != null;
        return new VisitLine(r, revealed ? revealedPhone : MaskedPhone.of(r.elderPhone()), revealed,
                time(r.arrivedAt()), time(r.leftAt()));
    }

    private String time(Instant at) {
        return at == null ? "" : LocalTime.ofInstant(at, clock.getZone()).withSecond(0).withNano(0).toString();
    }

    /** A locked worker number as typed, a locked calling number as masked on the guard. */
    private String lockWho(String subject) {
        if (subject.startsWith(DoorCheckins.WORKER_SUBJECT)) {
            return messages.get("visit.lock.worker", subject.substring(DoorCheckins.WORKER_SUBJECT.length()));
        }
        String rest = subject.substring(DoorCheckins.CALLER_SUBJECT.length());
        int colon = rest.indexOf(':');
        return messages.get("visit.lock.caller", colon < 0 ? rest : rest.substring(0, colon));
    }

    private LocalDate parseDay(String day) {
        if (day == null || day.isBlank()) {
            return board.today();
        }
        try {
            return LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            return board.today();
        }
    }

    private static LocalTime parseTime(String time) {
        try {
            return LocalTime.parse(time.strip());
        } catch (DateTimeParseException e) {
            throw new VisitRefusedException(VisitRefusedException.Reason.BAD_TIME, "not a time: " + time);
        }
    }

    private static Integer parseMinutes(String minutes) {
        try {
            return Integer.valueOf(minutes.strip());
        } catch (NumberFormatException e) {
            throw new VisitRefusedException(VisitRefusedException.Reason.BAD_MINUTES, "not minutes: " + minutes);
        }
    }

    private static Decision parseDecision(String decision) {
        try {
            return Decision.valueOf(decision);
        } catch (IllegalArgumentException e) {
            throw new VisitRefusedException(VisitRefusedException.Reason.BAD_DECISION, "no decision " + decision);
        }
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "console/not-found";
    }

    /** A locked worker number or calling number, and until when (local time). */
    record Lock(String who, String until) {
    }
}

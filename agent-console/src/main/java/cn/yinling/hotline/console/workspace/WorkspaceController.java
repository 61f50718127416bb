package cn.yinling.hotline.console.workspace;

import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRefusedException;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.ComplaintOutcome;
import cn.yinling.hotline.cases.casework.ComplaintOutcomeMissingException;
import cn.yinling.hotline.cases.followup.FollowUpRefusedException;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.security.SignedInAgent;
import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
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

/** The case workspace (screen pop) and its actions; every action redirects back to a page. */
@Controller
class WorkspaceController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final CaseFiles files;
    private final CaseActions actions;
    private final Cases cases;
    private final SignedInAgent signedIn;
    private final RefusalWording refusals;
    private final ConsoleMessages messages;
    private final ChatTakeoverActions chat;
    private final CasesProperties properties;

    WorkspaceController(CaseFiles files, CaseActions actions, Cases cases, SignedInAgent signedIn,
            RefusalWording refusals, ConsoleMessages messages, ChatTakeoverActions chat, CasesProperties properties) {
        this.properties = properties;
        this.files = files;
        this.actions = actions;
        this.cases = cases;
        this.signedIn = signedIn;
        this.refusals = refusals;
        this.messages = messages;
        this.chat = chat;
    }

    @GetMapping("/console/cases/{caseId}")
    String workspace(@PathVariable long caseId, Principal principal, Model model) {
        Agent me = signedIn.of(principal);
        CaseFile file = files.of(caseId);
        actions.viewed(caseId, me);
        model.addAttribute("file", file);
        model.addAttribute("canAct", actions.mayAct(cases.get(caseId), me));
        model.addAttribute("chat", chat.panel(caseId, me));
        model.addAttribute("services", files.services());
        model.addAttribute("wrapUpCodes", Arrays.asList(WrapUpCode.values()));
        model.addAttribute("outcomes", Arrays.asList(ComplaintOutcome.values()));
        model.addAttribute("maxRemedy", Cases.MAX_REMEDY);
        model.addAttribute("requestKey", "console-" + UUID.randomUUID());
        return "console/workspace";
    }

    @PostMapping("/console/cases/{caseId}/notes")
    String addNote(@PathVariable long caseId, @RequestParam String note, Principal principal, RedirectAttributes flash) {
        if (note.isBlank()) {
            flash.addFlashAttribute("problem", messages.get("note.empty"));
        } else {
            actions.addNote(caseId, signedIn.of(principal), note.strip());
            flash.addFlashAttribute("done", messages.get("note.added"));
        }
        return back(caseId);
    }

    @PostMapping("/console/cases/{caseId}/bookings")
    String book(@PathVariable long caseId, BookingForm form, Principal principal, RedirectAttributes flash) {
        if (!form.complete()) {
            flash.addFlashAttribute("problem", messages.get("booking.incomplete"));
            return back(caseId);
        }
        try {
            Booking b = actions.book(caseId, signedIn.of(principal), form.serviceCode(), form.day().atTime(form.time()),
                    form.selfPayAccepted(), form.note(), form.requestKey());
            flash.addFlashAttribute("done", messages.get("booking.done", b.getId()));
        } catch (BookingRefusedException e) {
            flash.addFlashAttribute("problem", refusals.of(e));
        }
        return back(caseId);
    }

    @PostMapping("/console/cases/{caseId}/bookings/{bookingId}/cancel")
    String cancel(@PathVariable long caseId, @PathVariable long bookingId,
            @RequestParam(defaultValue = "") String reason, Principal principal, RedirectAttributes flash) {
        try {
            actions.cancelBooking(caseId, signedIn.of(principal), bookingId,
                    reason.isBlank() ? messages.get("booking.cancel.defaultReason") : reason.strip());
            flash.addFlashAttribute("done", messages.get("booking.cancelled", bookingId));
        } catch (BookingRefusedException e) {
            flash.addFlashAttribute("problem", refusals.of(e));
        }
        return back(caseId);
    }

    @PostMapping("/console/cases/{caseId}/bookings/{bookingId}/move")
    String move(@PathVariable long caseId, @PathVariable long bookingId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime time, Principal principal,
            RedirectAttributes flash) {
        if (day == null || time == null) {
            flash.addFlashAttribute("problem", messages.get("booking.move.incomplete"));
            return back(caseId);
        }
        try {
            Booking b = actions.moveBooking(caseId, signedIn.of(principal), bookingId, day.atTime(time));
            flash.addFlashAttribute("done", messages.get("booking.moved", b.getId(), b.getStartsAt().format(WHEN)));
        } catch (BookingRefusedException e) {
            flash.addFlashAttribute("problem", refusals.ofMove(e));
        }
        return back(caseId);
    }

    @PostMapping("/console/cases/{caseId}/follow-ups")
    String followUp(@PathVariable long caseId, @RequestParam(required = false) Long bookingId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime time,
            @RequestParam(defaultValue = "") String note, Principal principal, RedirectAttributes flash) {
        if (day == null || time == null) {
            flash.addFlashAttribute("problem", messages.get("followUp.incomplete"));
            return back(caseId);
        }
        try {
            CareCase f = actions.scheduleFollowUp(caseId, signedIn.of(principal), bookingId,
                    day.atTime(time).atZone(properties.zone()).toInstant(), note.isBlank() ? null : note.strip());
            flash.addFlashAttribute("done", messages.get("followUp.done", f.getId(), day.atTime(time).format(WHEN)));
        } catch (FollowUpRefusedException e) {
            flash.addFlashAttribute("problem", messages.get("followUp.refused." + e.reason()));
        }
        return back(caseId);
    }

    @PostMapping("/console/cases/{caseId}/close")
    String close(@PathVariable long caseId, @RequestParam(defaultValue = "") String wrapUpCode, Principal principal,
            RedirectAttributes flash) {
        WrapUpCode code = Arrays.stream(WrapUpCode.values()).filter(w -> w.name().equals(wrapUpCode)).findFirst()
                .orElse(null);
        if (code == null) {
            flash.addFlashAttribute("problem", messages.get("close.needsCode"));
            return back(caseId);
        }
        try {
            actions.close(caseId, signedIn.of(principal), code);
        } catch (ComplaintOutcomeMissingException e) {
            flash.addFlashAttribute("problem", messages.get("close.needsOutcome"));
            return back(caseId);
        }
        flash.addFlashAttribute("done", messages.get("close.done", caseId));
        return "redirect:/console/queue";
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "console/not-found";
    }

    private static String back(long caseId) {
        return "redirect:/console/cases/" + caseId;
    }
}

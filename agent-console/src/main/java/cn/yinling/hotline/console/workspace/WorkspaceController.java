package cn.yinling.hotline.console.workspace;

import cn.yinling.hotline.cases.ShortDateTime;
import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRefusedException;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.ComplaintOutcomeMissingException;
import cn.yinling.hotline.cases.followup.FollowUpRefusedException;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.FormDraft;
import cn.yinling.hotline.console.Landing;
import cn.yinling.hotline.console.security.SignedInAgent;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Map;
import java.util.NoSuchElementException;
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

    private final WorkspacePage page;
    private final CaseActions actions;
    private final SignedInAgent signedIn;
    private final RefusalWording refusals;
    private final ConsoleMessages messages;
    private final CasesProperties properties;
    private final ShortDateTime when;

    WorkspaceController(WorkspacePage page, CaseActions actions, SignedInAgent signedIn, RefusalWording refusals,
            ConsoleMessages messages, CasesProperties properties, ShortDateTime when) {
        this.when = when;
        this.page = page;
        this.actions = actions;
        this.signedIn = signedIn;
        this.refusals = refusals;
        this.messages = messages;
        this.properties = properties;
    }

    @GetMapping("/console/cases/{caseId}")
    String workspace(@PathVariable long caseId, Principal principal, Model model) {
        return page.show(caseId, signedIn.of(principal), FormDraft.in(model), model);
    }

    @PostMapping("/console/cases/{caseId}/notes")
    String addNote(@PathVariable long caseId, @RequestParam String note, @RequestParam Map<String, String> typed,
            Principal principal, RedirectAttributes flash, Model model, HttpServletResponse response) {
        FormDraft tooLong = page.tooLong("note", "note", note, Cases.MAX_NOTE, typed);
        if (tooLong != null) {
            return page.refused(caseId, signedIn.of(principal), tooLong, model, response);
        }
        Landing at = at(caseId, "add-note");
        if (note.isBlank()) {
            return at.refused(flash, "note", typed, "note", messages.get("note.empty"));
        }
        actions.addNote(caseId, signedIn.of(principal), note.strip());
        return at.done(flash, messages.get("note.added"));
    }

    @PostMapping("/console/cases/{caseId}/bookings")
    String book(@PathVariable long caseId, BookingForm form, @RequestParam Map<String, String> typed,
            Principal principal, RedirectAttributes flash, Model model, HttpServletResponse response) {
        FormDraft tooLong = page.tooLong("booking", "note", form.note(), Bookings.MAX_NOTE, typed);
        if (tooLong != null) {
            return page.refused(caseId, signedIn.of(principal), tooLong, model, response);
        }
        Landing at = at(caseId, "book");
        if (!form.complete()) {
            return at.refused(flash, "booking", typed, form.missing(), messages.get("booking.incomplete"));
        }
        try {
            Booking b = actions.book(caseId, signedIn.of(principal), form.serviceCode(), form.day().atTime(form.time()),
                    form.selfPayAccepted(), form.note(), form.requestKey());
            return at.done(flash, messages.get("booking.done", b.getId()));
        } catch (BookingRefusedException e) {
            offerFreeTimes(flash, e, "book");
            return at.refused(flash, "booking", typed, RefusalWording.field(e), refusals.of(e));
        }
    }

    @PostMapping("/console/cases/{caseId}/bookings/{bookingId}/cancel")
    String cancel(@PathVariable long caseId, @PathVariable long bookingId,
            @RequestParam(defaultValue = "") String reason, Principal principal, RedirectAttributes flash, Model model,
            HttpServletResponse response) {
        if (reason.strip().length() > Bookings.MAX_CANCEL_REASON) {
            // No field of its own on the page (the reason is filled in): said above the page.
            model.addAttribute("problem", messages.get("form.tooLong", messages.get("form.field.cancel.reason"),
                    Bookings.MAX_CANCEL_REASON, reason.strip().length()));
            return page.refused(caseId, signedIn.of(principal), FormDraft.NONE, model, response);
        }
        Landing at = at(caseId, "bookings");
        try {
            actions.cancelBooking(caseId, signedIn.of(principal), bookingId,
                    reason.isBlank() ? messages.get("booking.cancel.defaultReason") : reason.strip());
            return at.done(flash, messages.get("booking.cancelled", bookingId));
        } catch (BookingRefusedException e) {
            return at.problem(flash, refusals.of(e));
        }
    }

    @PostMapping("/console/cases/{caseId}/bookings/{bookingId}/move")
    String move(@PathVariable long caseId, @PathVariable long bookingId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime time,
            @RequestParam Map<String, String> typed, Principal principal, RedirectAttributes flash) {
        // Lands on the booking's own row, where its move form is; the form keeps what was typed.
        String row = "booking-" + bookingId;
        Landing at = at(caseId, row);
        if (day == null || time == null) {
            return at.refused(flash, "move-" + bookingId, typed, "", messages.get("booking.move.incomplete"));
        }
        try {
            Booking b = actions.moveBooking(caseId, signedIn.of(principal), bookingId, day.atTime(time));
            return at(caseId, "bookings").done(flash, messages.get("booking.moved", b.getId(), when.format(b.getStartsAt())));
        } catch (BookingRefusedException e) {
            offerFreeTimes(flash, e, "move-" + bookingId);
            return at.refused(flash, "move-" + bookingId, typed, "", refusals.ofMove(e));
        }
    }

    @PostMapping("/console/cases/{caseId}/follow-ups")
    String followUp(@PathVariable long caseId, @RequestParam(required = false) Long bookingId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime time,
            @RequestParam(defaultValue = "") String note, @RequestParam Map<String, String> typed, Principal principal,
            RedirectAttributes flash, Model model, HttpServletResponse response) {
        FormDraft tooLong = page.tooLong("followUp", "note", note, Cases.MAX_NOTE, typed);
        if (tooLong != null) {
            return page.refused(caseId, signedIn.of(principal), tooLong, model, response);
        }
        Landing at = at(caseId, "followup");
        if (day == null || time == null) {
            return at.refused(flash, "followUp", typed, day == null ? "day" : "time", messages.get("followUp.incomplete"));
        }
        try {
            CareCase f = actions.scheduleFollowUp(caseId, signedIn.of(principal), bookingId,
                    day.atTime(time).atZone(properties.zone()).toInstant(), note.isBlank() ? null : note.strip());
            return at.done(flash, messages.get("followUp.done", f.getId(), when.format(day.atTime(time))));
        } catch (FollowUpRefusedException e) {
            return at.refused(flash, "followUp", typed, e.reason() == FollowUpRefusedException.Reason.UNKNOWN_BOOKING ? "bookingId" : "day",
                    messages.get("followUp.refused." + e.reason()));
        }
    }

    @PostMapping("/console/cases/{caseId}/close")
    String close(@PathVariable long caseId, @RequestParam(defaultValue = "") String wrapUpCode, Principal principal,
            RedirectAttributes flash) {
        WrapUpCode code = Arrays.stream(WrapUpCode.values()).filter(w -> w.name().equals(wrapUpCode)).findFirst()
                .orElse(null);
        if (code == null) {
            return at(caseId, "close-case").problem(flash, messages.get("close.needsCode"));
        }
        try {
            actions.close(caseId, signedIn.of(principal), code);
        } catch (ComplaintOutcomeMissingException e) {
            return at(caseId, "complaint").problem(flash, messages.get("close.needsOutcome"));
        }
        flash.addFlashAttribute("done", messages.get("close.done", caseId));
        return "redirect:/console/queue";
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "console/not-found";
    }

    private void offerFreeTimes(RedirectAttributes flash, BookingRefusedException e, String form) {
        flash.addFlashAttribute("freeTimes", refusals.freeTimes(e));
        flash.addFlashAttribute("freeTimesFor", form);
    }

    private static Landing at(long caseId, String section) {
        return Landing.at("/console/cases/" + caseId, section);
    }
}

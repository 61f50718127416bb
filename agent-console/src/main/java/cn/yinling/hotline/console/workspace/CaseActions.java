package cn.yinling.hotline.console.workspace;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRefusedException;
import cn.yinling.hotline.cases.booking.BookingRequest;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.ComplaintOutcome;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.followup.FollowUpCalls;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import cn.yinling.hotline.console.security.SignedInAgent;
import java.time.Instant;
import java.time.LocalDateTime;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * What an agent may do in a case's workspace, on behalf of the case's elder. Only the agent who
 * holds the case (or a supervisor) acts on it; every view and change of the elder's record is audited.
 * Not transactional itself: each domain call commits on its own, so a refused booking rolls back
 * only itself.
 */
@Service
class CaseActions {

    private final Cases cases;
    private final Bookings bookings;
    private final FollowUpCalls followUps;
    private final ConsoleAudit audit;
    private final ConsoleMessages messages;

    CaseActions(Cases cases, Bookings bookings, FollowUpCalls followUps, ConsoleAudit audit, ConsoleMessages messages) {
        this.cases = cases;
        this.bookings = bookings;
        this.followUps = followUps;
        this.audit = audit;
        this.messages = messages;
    }

    void viewed(long caseId, Agent agent) {
        CareCase c = cases.get(caseId);
        audit(c, agent, Action.VIEW, "caseViewed", caseId);
    }

    /** The case's transcript was read through the JSON API ({@link TranscriptReads} calls this once per case and session). */
    void transcriptRead(long caseId, String agent) {
        CareCase c = cases.get(caseId);
        audit.recordCase(agent, Action.VIEW, c.getElderId() == null ? null : new ElderId(c.getElderId()), caseId,
                "transcriptRead", caseId);
    }

    boolean mayAct(CareCase c, Agent agent) {
        return c.getStatus().isOpen()
                && (agent.getId().equals(c.getAssigneeId()) || SignedInAgent.supervises(agent));
    }

    void addNote(long caseId, Agent agent, String note) {
        CareCase c = actable(caseId, agent);
        cases.addNote(caseId, agent.getUsername(), note);
        audit(c, agent, Action.UPDATE, "note", caseId, note);
    }

    /** Books for the case's elder through the same rules as every channel; refusals come back as the exception. */
    Booking book(long caseId, Agent agent, String serviceCode, LocalDateTime startsAt, boolean selfPay, String note,
            String requestKey) {
        CareCase c = actable(caseId, agent);
        ElderId elder = elderOf(c);
        Booking b = bookings.book(new BookingRequest(elder, serviceCode, startsAt, null, Channel.CONSOLE,
                agent.getUsername(), requestKey, selfPay, note));
        cases.addNote(caseId, agent.getUsername(), messages.get("note.booked", serviceCode, startsAt, b.getId()));
        audit.recordCase(agent.getUsername(), Action.CREATE, elder, caseId, "booked", b.getId(), serviceCode, startsAt);
        return b;
    }

    void cancelBooking(long caseId, Agent agent, long bookingId, String reason) {
        CareCase c = actable(caseId, agent);
        ElderId elder = elderOf(c);
        Booking b = bookingOf(elder, bookingId);
        bookings.cancel(b.getId(), reason, agent.getUsername());
        cases.addNote(caseId, agent.getUsername(), messages.get("note.cancelled", bookingId, reason));
        audit.recordCase(agent.getUsername(), Action.UPDATE, elder, caseId, "cancelled", bookingId, reason);
    }

    /** Moves one of the elder's bookings with the rules the bot applies ({@link Bookings#reschedule}). */
    Booking moveBooking(long caseId, Agent agent, long bookingId, LocalDateTime newStart) {
        CareCase c = actable(caseId, agent);
        ElderId elder = elderOf(c);
        LocalDateTime before = bookingOf(elder, bookingId).getStartsAt();
        Booking moved = bookings.reschedule(bookingId, newStart, Channel.CONSOLE, agent.getUsername());
        cases.addNote(caseId, agent.getUsername(), messages.get("note.moved", bookingId, before, newStart));
        audit.recordCase(agent.getUsername(), Action.UPDATE, elder, caseId, "moved", bookingId, before, newStart);
        return moved;
    }

    void recordInvestigation(long caseId, Agent agent, String finding) {
        CareCase c = actable(caseId, agent);
        cases.recordInvestigation(caseId, agent.getUsername(), finding);
        audit(c, agent, Action.UPDATE, "investigation", caseId, finding);
    }

    void recordOutcome(long caseId, Agent agent, ComplaintOutcome outcome, String remedy) {
        CareCase c = actable(caseId, agent);
        cases.recordOutcome(caseId, outcome, remedy, agent.getUsername());
        audit(c, agent, Action.UPDATE, "outcome", caseId, messages.get("outcome." + outcome),
                remedy == null || remedy.isBlank() ? messages.get("outcome.noRemedy") : remedy.strip());
    }

    /** A follow-up call to the case's elder: a new FOLLOW_UP case in the queue, due at {@code dueAt}. */
    CareCase scheduleFollowUp(long caseId, Agent agent, Long bookingId, Instant dueAt, String note) {
        CareCase c = actable(caseId, agent);
        ElderId elder = elderOf(c);
        CareCase followUp = followUps.schedule(elder, bookingId, dueAt, note, agent.getUsername());
        cases.addNote(caseId, agent.getUsername(), messages.get("note.followUp", followUp.getId()));
        audit.recordCase(agent.getUsername(), Action.CREATE, elder, caseId, "followUp", followUp.getId(),
                note == null ? "" : note);
        return followUp;
    }

    void close(long caseId, Agent agent, WrapUpCode code) {
        CareCase c = actable(caseId, agent);
        cases.close(caseId, code.name(), agent.getUsername());
        audit(c, agent, Action.UPDATE, "closed", caseId, code);
    }

    private CareCase actable(long caseId, Agent agent) {
        CareCase c = cases.get(caseId);
        if (!mayAct(c, agent)) {
            throw new AccessDeniedException("Case " + caseId + " is not held by " + agent.getUsername());
        }
        return c;
    }

    private Booking bookingOf(ElderId elder, long bookingId) {
        return bookings.find(bookingId)
                .filter(x -> x.getElderId().equals(elder.value()))
                .orElseThrow(() -> new BookingRefusedException(BookingRefusedException.Reason.UNKNOWN_BOOKING,
                        "booking " + bookingId + " is not this elder's"));
    }

    private static ElderId elderOf(CareCase c) {
        if (c.getElderId() == null) {
            throw new BookingRefusedException(BookingRefusedException.Reason.UNKNOWN_ELDER, "case has no elder");
        }
        return new ElderId(c.getElderId());
    }

    /** Also for a case with no elder (an unidentified caller): its transcript may still hold what the caller said. */
    private void audit(CareCase c, Agent agent, Action action, String key, Object... args) {
        audit.recordCase(agent.getUsername(), action, c.getElderId() == null ? null : new ElderId(c.getElderId()),
                c.getId(), key, args);
    }
}

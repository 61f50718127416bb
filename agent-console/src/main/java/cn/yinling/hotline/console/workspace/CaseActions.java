package cn.yinling.hotline.console.workspace;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.agent.AuditTrail;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRefusedException;
import cn.yinling.hotline.cases.booking.BookingRequest;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.console.security.SignedInAgent;
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
    private final AuditTrail audit;

    CaseActions(Cases cases, Bookings bookings, AuditTrail audit) {
        this.cases = cases;
        this.bookings = bookings;
        this.audit = audit;
    }

    void viewed(long caseId, Agent agent) {
        CareCase c = cases.get(caseId);
        if (c.getElderId() != null) {
            audit.record(agent.getUsername(), Action.VIEW, new ElderId(c.getElderId()), "查看案例 #" + caseId);
        }
    }

    boolean mayAct(CareCase c, Agent agent) {
        return c.getStatus().isOpen()
                && (agent.getId().equals(c.getAssigneeId()) || SignedInAgent.supervises(agent));
    }

    void addNote(long caseId, Agent agent, String note) {
        CareCase c = actable(caseId, agent);
        cases.addNote(caseId, agent.getUsername(), note);
        audit(c, agent, Action.UPDATE, "案例 #" + caseId + " 备注：" + note);
    }

    /** Books for the case's elder through the same rules as every channel; refusals come back as the exception. */
    Booking book(long caseId, Agent agent, String serviceCode, LocalDateTime startsAt, boolean selfPay, String note,
            String requestKey) {
        CareCase c = actable(caseId, agent);
        ElderId elder = elderOf(c);
        Booking b = bookings.book(new BookingRequest(elder, serviceCode, startsAt, null, Channel.CONSOLE,
                agent.getUsername(), requestKey, selfPay, note));
        cases.addNote(caseId, agent.getUsername(), "代预约 " + serviceCode + " " + startsAt + "（预约 #" + b.getId() + "）");
        audit.record(agent.getUsername(), Action.CREATE, elder, "代预约 #" + b.getId() + " " + serviceCode + " " + startsAt);
        return b;
    }

    void cancelBooking(long caseId, Agent agent, long bookingId, String reason) {
        CareCase c = actable(caseId, agent);
        ElderId elder = elderOf(c);
        Booking b = bookings.find(bookingId)
                .filter(x -> x.getElderId().equals(elder.value()))
                .orElseThrow(() -> new BookingRefusedException(BookingRefusedException.Reason.UNKNOWN_BOOKING,
                        "booking " + bookingId + " is not this elder's"));
        bookings.cancel(b.getId(), reason, agent.getUsername());
        cases.addNote(caseId, agent.getUsername(), "取消预约 #" + bookingId + "：" + reason);
        audit.record(agent.getUsername(), Action.UPDATE, elder, "取消预约 #" + bookingId + "：" + reason);
    }

    void close(long caseId, Agent agent, WrapUpCode code) {
        CareCase c = actable(caseId, agent);
        cases.close(caseId, code.name(), agent.getUsername());
        audit(c, agent, Action.UPDATE, "结案 #" + caseId + " " + code);
    }

    private CareCase actable(long caseId, Agent agent) {
        CareCase c = cases.get(caseId);
        if (!mayAct(c, agent)) {
            throw new AccessDeniedException("Case " + caseId + " is not held by " + agent.getUsername());
        }
        return c;
    }

    private static ElderId elderOf(CareCase c) {
        if (c.getElderId() == null) {
            throw new BookingRefusedException(BookingRefusedException.Reason.UNKNOWN_ELDER, "case has no elder");
        }
        return new ElderId(c.getElderId());
    }

    private void audit(CareCase c, Agent agent, Action action, String detail) {
        if (c.getElderId() != null) {
            audit.record(agent.getUsername(), action, new ElderId(c.getElderId()), detail);
        }
    }
}

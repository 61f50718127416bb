package cn.yinling.hotline.console.providers;

import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRefusedException;
import cn.yinling.hotline.cases.booking.WorkerReassignments;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.provider.ProviderDirectory;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import org.springframework.stereotype.Component;

/**
 * Handing one visit to another worker from the console (a supervisor's worker page, the dispatch
 * list's work order): {@link WorkerReassignments} checks under lock that the worker can take it, the
 * change is audited, and the work order follows (both workers told, see cases/dispatch).
 */
@Component
public class VisitReassignment {

    private final WorkerReassignments reassignments;
    private final ProviderDirectory directory;
    private final ConsoleAudit audit;
    private final ConsoleMessages messages;

    VisitReassignment(WorkerReassignments reassignments, ProviderDirectory directory, ConsoleAudit audit,
            ConsoleMessages messages) {
        this.reassignments = reassignments;
        this.directory = directory;
        this.audit = audit;
        this.messages = messages;
    }

    /** Hands the visit to {@code workerId}; the problem in Chinese, or null when done. */
    public String reassign(long bookingId, long workerId, String actor) {
        try {
            Long before = reassignments.reassign(bookingId, workerId);
            Booking b = reassignments.booking(bookingId);
            audit.record(actor, Action.UPDATE, new ElderId(b.getElderId()), "visitReassigned", bookingId,
                    workerName(before), workerName(workerId));
            return null;
        } catch (BookingRefusedException e) {
            return messages.get("pw.reassign.refused." + e.reason().name());
        }
    }

    private String workerName(Long id) {
        return id == null ? "-" : directory.worker(id).getFullName() + "（" + directory.worker(id).getWorkerNumber() + "）";
    }
}

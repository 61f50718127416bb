package cn.yinling.hotline.console.dispatch;

import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.booking.WorkerReassignments;
import cn.yinling.hotline.cases.dispatch.DispatchLine;
import cn.yinling.hotline.cases.dispatch.DispatchList;
import cn.yinling.hotline.cases.dispatch.WorkOrderState;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.provider.Provider;
import cn.yinling.hotline.cases.provider.ProviderDirectory;
import cn.yinling.hotline.cases.provider.Worker;
import cn.yinling.hotline.cases.sms.SmsWording;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.MaskedPhone;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import cn.yinling.hotline.console.providers.VisitReassignment;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The console's side of {@link DispatchList}: addresses and phones masked unless asked for, an
 * audit entry for each elder whose address and phone a full view, a download or a work order's page
 * showed, and the hand-over of a visit to another worker.
 */
@Service
class DispatchDesk {

    /** Which orders: one day's, of one provider or one worker when given. */
    record Filter(LocalDate day, Long providerId, Long workerId) {
    }

    /** A worker as a select offers them. */
    record WorkerOption(long id, String label) {
    }

    private final DispatchList list;
    private final ProviderDirectory directory;
    private final WorkerReassignments reassignments;
    private final VisitReassignment reassignment;
    private final ConsoleAudit audit;
    private final ConsoleMessages messages;
    private final Clock clock;

    DispatchDesk(DispatchList list, ProviderDirectory directory, WorkerReassignments reassignments,
            VisitReassignment reassignment, ConsoleAudit audit, ConsoleMessages messages, Clock clock) {
        this.list = list;
        this.directory = directory;
        this.reassignments = reassignments;
        this.reassignment = reassignment;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The day's rows; in full (and audited for each elder) only when asked. */
    List<DispatchRow> rows(Filter f, boolean full, String actor) {
        List<DispatchLine> lines = lines(f);
        if (full) {
            auditEach(lines, actor, Action.VIEW, "dispatchListViewed", f.day());
        }
        return lines.stream().map(l -> full ? new DispatchRow(l, l.address(), l.elderPhone())
                : new DispatchRow(l, messages.get("dispatch.addressMasked", l.community() == null ? "" : l.community()), MaskedPhone.of(l.elderPhone())))
                .toList();
    }

    /** The day's orders for the workbook, audited for each elder as an export of their address and phone. */
    List<DispatchLine> export(Filter f, String actor) {
        List<DispatchLine> lines = lines(f);
        auditEach(lines, actor, Action.EXPORT, "dispatchListExported", f.day());
        return lines;
    }

    List<Provider> providers() {
        return directory.allProviders();
    }

    /** The workers with orders that day (of the provider, when one is chosen), for the worker filter. */
    List<WorkerOption> workersOn(LocalDate day, Long providerId) {
        Map<Long, WorkerOption> seen = new LinkedHashMap<>();
        list.day(day, providerId, null).forEach(l -> seen.putIfAbsent(l.workerId(),
                new WorkerOption(l.workerId(), workerLabel(l.workerName(), l.workerNumber()))));
        return seen.values().stream().sorted((a, b) -> a.label().compareTo(b.label())).toList();
    }

    /** One order with the elder's address and phone in full: audited. */
    DispatchLine order(long orderId, String actor) {
        DispatchLine l = list.order(orderId).orElseThrow();
        audit.record(actor, Action.VIEW, new ElderId(l.elderId()), "workOrderViewed", l.orderId());
        return l;
    }

    long orderOfBooking(long bookingId) {
        return list.ofBooking(bookingId).orElseThrow().orderId();
    }

    List<SentMessage> messagesAbout(long orderId) {
        return list.messagesAbout(orderId).stream().map(m -> new SentMessage(MaskedPhone.of(m.getPhone()),
                SmsWording.text(m), messages.get("dispatch.sms." + m.getState().name()),
                LocalDateTime.ofInstant(m.getCreatedAt(), clock.getZone())))
                .toList();
    }

    /** Whether the visit can still go to another worker: issued and not started yet. */
    boolean changeable(DispatchLine l) {
        return l.state() == WorkOrderState.ISSUED && l.startsAt().isAfter(LocalDateTime.now(clock));
    }

    /** The workers free then who do the service (advice: the hand-over checks again under lock). */
    List<WorkerOption> alternatives(DispatchLine l) {
        if (!changeable(l)) {
            return List.of();
        }
        Map<Long, String> providerNames = new LinkedHashMap<>();
        directory.allProviders().forEach(p -> providerNames.put(p.getId(), p.getName()));
        return reassignments.alternatives(l.bookingId()).stream()
                .map(w -> new WorkerOption(w.getId(), workerLabel(w) + " " + providerNames.get(w.getProviderId())))
                .toList();
    }

    /** Hands the order's visit to the worker; the problem in Chinese, or null when done. */
    String reassign(long orderId, long workerId, String actor) {
        DispatchLine l = list.order(orderId).orElseThrow();
        directory.worker(workerId); // a forged worker id: not found
        return reassignment.reassign(l.bookingId(), workerId, actor);
    }

    private List<DispatchLine> lines(Filter f) {
        return list.day(f.day(), f.providerId(), f.workerId());
    }

    private void auditEach(List<DispatchLine> lines, String actor, Action action, String key, LocalDate day) {
        lines.stream().map(DispatchLine::elderId).distinct()
                .forEach(id -> audit.record(actor, action, new ElderId(id), key, day));
    }

    private static String workerLabel(Worker w) {
        return workerLabel(w.getFullName(), w.getWorkerNumber());
    }

    private static String workerLabel(String name, String number) {
        return number == null ? name : name + "（" + number + "）";
    }
}

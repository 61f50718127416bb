package cn.yinling.hotline.console.providers;

import cn.yinling.hotline.cases.agent.AuditEntry.Action;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.WorkerReassignments;
import cn.yinling.hotline.cases.catalog.ServiceItem;
import cn.yinling.hotline.cases.catalog.ServiceItemRepository;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderRepository;
import cn.yinling.hotline.cases.provider.Provider;
import cn.yinling.hotline.cases.provider.ProviderDirectory;
import cn.yinling.hotline.cases.provider.ProviderDirectory.Outcome;
import cn.yinling.hotline.cases.provider.ProviderDraft;
import cn.yinling.hotline.cases.provider.Worker;
import cn.yinling.hotline.cases.provider.WorkerDraft;
import cn.yinling.hotline.console.ConsoleMessages;
import cn.yinling.hotline.console.audit.ConsoleAudit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The console's side of {@link ProviderDirectory}: rows with masked phones, problems worded from the
 * bundle ({@code provider.problem.*}), and an audit entry for every change and every unmasked phone.
 */
@Service
class ProviderDesk {

    private final ProviderDirectory directory;
    private final WorkerReassignments reassignments;
    private final ElderRepository elders;
    private final ServiceItemRepository services;
    private final ConsoleAudit audit;
    private final ConsoleMessages messages;
    private final VisitReassignment reassignment;

    ProviderDesk(ProviderDirectory directory, WorkerReassignments reassignments, ElderRepository elders,
            ServiceItemRepository services, ConsoleAudit audit, ConsoleMessages messages, VisitReassignment reassignment) {
        this.reassignment = reassignment;
        this.directory = directory;
        this.reassignments = reassignments;
        this.elders = elders;
        this.services = services;
        this.audit = audit;
        this.messages = messages;
    }

    /** Either the saved id or the problems in Chinese. */
    record Result(Long id, List<String> problems) {
    }

    List<ProviderRow> providers() {
        Map<Long, Long> counts = directory.allWorkers().stream()
                .collect(Collectors.groupingBy(Worker::getProviderId, Collectors.counting()));
        return directory.allProviders().stream().map(p -> ProviderRow.of(p, counts.getOrDefault(p.getId(), 0L))).toList();
    }

    ProviderRow provider(long id) {
        return ProviderRow.of(directory.provider(id), directory.workersOf(id).size());
    }

    List<WorkerRow> workersOf(long providerId) {
        String name = directory.provider(providerId).getName();
        return directory.workersOf(providerId).stream().map(w -> WorkerRow.of(w, name)).toList();
    }

    WorkerRow worker(long id) {
        Worker w = directory.worker(id);
        return WorkerRow.of(w, directory.provider(w.getProviderId()).getName());
    }

    /** The provider as its edit form shows it (phone in full): audited. */
    Provider providerForEdit(long id, String actor) {
        Provider p = directory.provider(id);
        audit.record(actor, Action.VIEW, null, "providerOpened", p.getId(), p.getName());
        return p;
    }

    /** The worker as the edit form shows them (phone in full): audited. */
    Worker workerForEdit(long id, String actor) {
        Worker w = directory.worker(id);
        audit.record(actor, Action.VIEW, null, "workerOpened", w.getId(), w.getFullName());
        return w;
    }

    Result saveProvider(Long id, ProviderDraft draft, String actor) {
        Outcome out = directory.saveProvider(id, draft);
        if (out.ok()) {
            audit.record(actor, id == null ? Action.CREATE : Action.UPDATE, null,
                    id == null ? "providerCreated" : "providerEdited", out.id(), draft.name().strip());
        }
        return worded(out);
    }

    void setProviderActive(long id, boolean active, String actor) {
        directory.setProviderActive(id, active);
        audit.record(actor, Action.UPDATE, null, active ? "providerActivated" : "providerDeactivated", id,
                directory.provider(id).getName());
    }

    Result saveWorker(Long id, WorkerDraft draft, String actor) {
        Outcome out = directory.saveWorker(id, draft);
        if (out.ok()) {
            audit.record(actor, id == null ? Action.CREATE : Action.UPDATE, null,
                    id == null ? "workerCreated" : "workerEdited", out.id(), draft.fullName().strip(),
                    draft.workerNumber().strip());
        }
        return worded(out);
    }

    void setWorkerActive(long id, boolean active, String actor) {
        directory.setWorkerActive(id, active);
        audit.record(actor, Action.UPDATE, null, active ? "workerActivated" : "workerDeactivated", id,
                directory.worker(id).getFullName());
    }

    Result addShift(long workerId, String day, String start, String end, String actor) {
        Outcome out = directory.addShift(workerId, day, start, end);
        if (out.ok()) {
            audit.record(actor, Action.UPDATE, null, "shiftAdded", workerId,
                    messages.get("pw.day." + day.strip()), start.strip(), end.strip());
        }
        return worded(out);
    }

    void removeShift(long workerId, long shiftId, String actor) {
        directory.removeShift(workerId, shiftId);
        audit.record(actor, Action.UPDATE, null, "shiftRemoved", workerId, shiftId);
    }

    Result addAbsence(long workerId, String kind, String first, String last, String reason, String actor) {
        Outcome out = directory.addAbsence(workerId, kind, first, last, reason, actor);
        if (out.ok()) {
            audit.record(actor, Action.UPDATE, null, "absenceAdded", workerId, first.strip(), last.strip(),
                    reason.strip());
        }
        return worded(out);
    }

    void removeAbsence(long workerId, long absenceId, String actor) {
        directory.removeAbsence(workerId, absenceId);
        audit.record(actor, Action.UPDATE, null, "absenceRemoved", workerId, absenceId);
    }

    /** The worker's future visits, the ones they can no longer take first, each with who could take it. */
    List<StrandedVisit> futureVisits(long workerId) {
        Map<Long, String> providerNames = directory.allProviders().stream()
                .collect(Collectors.toMap(Provider::getId, Provider::getName));
        return reassignments.futureVisits(workerId).stream()
                .map(v -> {
                    Booking b = v.booking();
                    Elder e = elders.findById(b.getElderId()).orElseThrow();
                    ServiceItem s = services.findById(b.getServiceId()).orElseThrow();
                    List<WorkerRow> others = reassignments.alternatives(b.getId()).stream()
                            .map(w -> WorkerRow.of(w, providerNames.get(w.getProviderId()))).toList();
                    return new StrandedVisit(b.getId(), e.getId(), e.getFullName(), s.getNameZh(), b.getStartsAt(),
                            b.getDurationMinutes(), v.stranded(), others);
                })
                .sorted((a, b) -> Boolean.compare(b.stranded(), a.stranded()))
                .toList();
    }

    /** Hands a visit to another worker; the problem in Chinese, or null when done. */
    String reassign(long bookingId, long workerId, String actor) {
        return reassignment.reassign(bookingId, workerId, actor);
    }

    int numberDigits() {
        return directory.workerNumberDigits();
    }

    private Result worded(Outcome out) {
        Function<Enum<?>, String> word = p -> messages.get("provider.problem." + p.name(), directory.workerNumberDigits());
        return new Result(out.id(), out.problems().stream().map(word::apply).toList());
    }
}

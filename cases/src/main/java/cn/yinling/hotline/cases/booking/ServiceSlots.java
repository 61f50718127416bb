package cn.yinling.hotline.cases.booking;

import cn.yinling.hotline.cases.catalog.ServiceItem;
import cn.yinling.hotline.cases.catalog.ServiceItemRepository;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.performance.WorkerStanding;
import cn.yinling.hotline.cases.performance.WorkerStanding.Barred;
import cn.yinling.hotline.cases.provider.Provider;
import cn.yinling.hotline.cases.provider.ProviderRepository;
import cn.yinling.hotline.cases.provider.Worker;
import cn.yinling.hotline.cases.provider.WorkerRepository;
import cn.yinling.hotline.cases.provider.WorkerAbsence;
import cn.yinling.hotline.cases.provider.WorkerAbsenceRepository;
import cn.yinling.hotline.cases.provider.WorkerShift;
import cn.yinling.hotline.cases.provider.WorkerShiftRepository;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Finds a worker with room for a visit, whether the elder is free for it, and the nearest times
 * when both are.
 */
@Component
class ServiceSlots {

    private static final int MAX_VISIT_HOURS = 12;
    private static final int SEARCH_DAYS = 14;
    private static final int SLOT_STEP_MINUTES = 30;

    private final ProviderRepository providers;
    private final WorkerRepository workers;
    private final WorkerShiftRepository shifts;
    private final BookingRepository bookings;
    private final ServiceItemRepository services;
    private final WorkerAbsenceRepository absences;
    private final WorkerStanding standing;

    ServiceSlots(ProviderRepository providers, WorkerRepository workers, WorkerShiftRepository shifts,
            BookingRepository bookings, ServiceItemRepository services, WorkerAbsenceRepository absences,
            WorkerStanding standing) {
        this.absences = absences;
        this.standing = standing;
        this.providers = providers;
        this.workers = workers;
        this.shifts = shifts;
        this.bookings = bookings;
        this.services = services;
    }

    /**
     * Returns the first worker (in id order) with room, holding that worker's row lock until the
     * transaction ends. Workers that look full are skipped without locking, so bookings with
     * different workers do not queue behind each other; the chosen one is checked again under its lock.
     */
    Optional<Worker> reserve(Elder elder, ServiceItem service, LocalDateTime start, int minutes, Long ignoredBookingId) {
        Candidates candidates = candidates(elder, service, start.toLocalDate());
        for (Worker candidate : candidates.workers()) {
            Provider provider = candidates.providerOf(candidate);
            if (!fits(candidate, provider, service, start, minutes, ignoredBookingId)) {
                continue;
            }
            Worker worker = workers.lockById(candidate.getId()).orElseThrow();
            if (fits(worker, provider, service, start, minutes, ignoredBookingId)) {
                return Optional.of(worker);
            }
        }
        return Optional.empty();
    }

    /**
     * Holds this one worker's row lock and says whether the visit fits them (the elder's area, the
     * provider's contract, the worker's shifts, absences and other visits), for a booking handed
     * from one worker to another.
     */
    boolean reserveThis(Long workerId, Elder elder, ServiceItem service, LocalDateTime start, int minutes,
            Long ignoredBookingId) {
        Worker worker = workers.lockById(workerId).orElseThrow();
        Candidates candidates = candidates(elder, service, start.toLocalDate());
        Provider provider = candidates.providers().get(worker.getProviderId());
        return provider != null && !candidates.barred().bars(worker)
                && fits(worker, provider, service, start, minutes, ignoredBookingId);
    }

    /** Whether this worker could still take this visit, without locking. */
    boolean stillFits(Long workerId, Elder elder, ServiceItem service, LocalDateTime start, int minutes,
            Long ignoredBookingId) {
        Worker worker = workers.findById(workerId).orElseThrow();
        Candidates candidates = candidates(elder, service, start.toLocalDate());
        Provider provider = candidates.providers().get(worker.getProviderId());
        return provider != null && !candidates.barred().bars(worker)
                && fits(worker, provider, service, start, minutes, ignoredBookingId);
    }

    /** The workers (in id order) who could take this visit now, without locking (advice, not a promise). */
    List<Worker> freeWorkers(Elder elder, ServiceItem service, LocalDateTime start, int minutes, Long ignoredBookingId) {
        Candidates candidates = candidates(elder, service, start.toLocalDate());
        return candidates.workers().stream()
                .filter(w -> fits(w, candidates.providerOf(w), service, start, minutes, ignoredBookingId)).toList();
    }

    /**
     * The elder's earliest active booking (other than {@code ignoredBookingId}, the one being moved)
     * that a visit of {@code service} at this time would overlap without the catalog allowing it.
     * Meaningful under the elder's row lock only.
     */
    Optional<Booking> elderClash(Elder elder, ServiceItem service, LocalDateTime start, int minutes,
            Long ignoredBookingId) {
        List<Booking> nearby = bookings.elderCandidatesOverlapping(elder.getId(), BookingStatus.ACTIVE,
                start.minusHours(MAX_VISIT_HOURS), start.plusMinutes(minutes));
        return ElderVisits.clash(nearby, this::service, service, start, minutes, ignoredBookingId);
    }

    /**
     * Up to {@code limit} start times on or after {@code from} when a worker has room and the elder
     * has no clashing visit ({@code ignoredBookingId}, the booking being moved, aside), without
     * locking (advice, not a promise).
     */
    List<LocalDateTime> nearestFree(Elder elder, ServiceItem service, LocalDateTime from, int minutes, int limit,
            Long ignoredBookingId) {
        Candidates found = candidates(elder, service, from.toLocalDate());
        List<Worker> candidates = found.workers();
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<LocalDateTime> free = new ArrayList<>();
        LocalDateTime t = roundUp(from);
        LocalDateTime stop = from.plusDays(SEARCH_DAYS);
        // Shifts and visits over the whole search are read once and each slot is checked in memory:
        // this runs under the elder's and the account's locks when a booking is refused, so it must be short.
        LocalDateTime searchStart = t.minusHours(MAX_VISIT_HOURS);
        LocalDateTime searchEnd = stop.plusMinutes(minutes);
        List<Booking> elderVisits = bookings.elderCandidatesOverlapping(elder.getId(), BookingStatus.ACTIVE,
                searchStart, searchEnd);
        Map<Long, List<WorkerShift>> shiftsOf = shifts.findByWorkerIdIn(candidates.stream().map(Worker::getId).toList())
                .stream().collect(Collectors.groupingBy(WorkerShift::getWorkerId));
        Map<Long, List<WorkerAbsence>> absencesOf = absences.findByWorkerIdInAndLastDayGreaterThanEqual(
                candidates.stream().map(Worker::getId).toList(), t.toLocalDate())
                .stream().collect(Collectors.groupingBy(WorkerAbsence::getWorkerId));
        Map<Long, List<Booking>> visitsOf = new HashMap<>();
        for (Worker w : candidates) {
            visitsOf.put(w.getId(), bookings.candidatesOverlapping(w.getId(), BookingStatus.ACTIVE, searchStart, searchEnd));
        }
        while (free.size() < limit && t.isBefore(stop)) {
            LocalDateTime start = t;
            if (ElderVisits.clash(elderVisits, this::service, service, start, minutes, ignoredBookingId).isEmpty()
                    && candidates.stream().anyMatch(w -> WorkerCapacity.fits(w, found.providerOf(w), service.getCategory(),
                            shiftsOf.getOrDefault(w.getId(), List.of()), absencesOf.getOrDefault(w.getId(), List.of()),
                            visitsOf.get(w.getId()), start, minutes, ignoredBookingId))) {
                free.add(start);
                t = t.plusHours(2); // spread the suggestions out
            } else {
                t = t.plusMinutes(SLOT_STEP_MINUTES);
            }
        }
        return free;
    }

    private boolean fits(Worker worker, Provider provider, ServiceItem service, LocalDateTime start, int minutes,
            Long ignoredBookingId) {
        List<Booking> nearby = bookings.candidatesOverlapping(worker.getId(), BookingStatus.ACTIVE,
                start.minusHours(MAX_VISIT_HOURS), start.plusMinutes(minutes));
        List<WorkerAbsence> away = absences.findByWorkerIdInAndLastDayGreaterThanEqual(List.of(worker.getId()),
                start.toLocalDate());
        return WorkerCapacity.fits(worker, provider, service.getCategory(), shifts.findByWorkerId(worker.getId()), away,
                nearby, start, minutes, ignoredBookingId);
    }

    private ServiceItem service(Long id) {
        return services.findById(id).orElseThrow();
    }

    /**
     * Active workers doing this category whose active provider serves the elder's street or community
     * and has the category in its contract, neither of them black-listed on {@code day} (the first day
     * searched); whether the contract runs on the day is checked per visit.
     */
    private Candidates candidates(Elder elder, ServiceItem service, LocalDate day) {
        Barred barred = standing.barredOn(day);
        Map<Long, Provider> serving = providers.findByBlacklistedFalseAndActiveTrueOrderById().stream()
                .filter(p -> p.serves(elder.getStreet(), elder.getCommunity()))
                .filter(p -> p.categories().contains(service.getCategory()))
                .filter(p -> !barred.providers().contains(p.getId()))
                .collect(Collectors.toMap(Provider::getId, p -> p));
        if (serving.isEmpty()) {
            return new Candidates(List.of(), serving, barred);
        }
        return new Candidates(workers.findByProviderIdInAndActiveTrueOrderById(List.copyOf(serving.keySet())).stream()
                .filter(w -> w.does(service.getCategory()) && !barred.bars(w)).toList(), serving, barred);
    }

    private record Candidates(List<Worker> workers, Map<Long, Provider> providers, Barred barred) {

        Provider providerOf(Worker w) {
            return providers.get(w.getProviderId());
        }
    }

    private static LocalDateTime roundUp(LocalDateTime t) {
        LocalDateTime floor = t.withSecond(0).withNano(0).withMinute(t.getMinute() / SLOT_STEP_MINUTES * SLOT_STEP_MINUTES);
        return floor.isBefore(t) ? floor.plusMinutes(SLOT_STEP_MINUTES) : floor;
    }
}

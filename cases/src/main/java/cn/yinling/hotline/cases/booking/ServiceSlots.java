package cn.yinling.hotline.cases.booking;

import cn.yinling.hotline.cases.catalog.ServiceItem;
import cn.yinling.hotline.cases.catalog.ServiceItemRepository;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.provider.Provider;
import cn.yinling.hotline.cases.provider.ProviderRepository;
import cn.yinling.hotline.cases.provider.Worker;
import cn.yinling.hotline.cases.provider.WorkerRepository;
import cn.yinling.hotline.cases.provider.WorkerShift;
import cn.yinling.hotline.cases.provider.WorkerShiftRepository;
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

    ServiceSlots(ProviderRepository providers, WorkerRepository workers, WorkerShiftRepository shifts,
            BookingRepository bookings, ServiceItemRepository services) {
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
        for (Worker candidate : candidates(elder, service)) {
            if (!fits(candidate, start, minutes, ignoredBookingId)) {
                continue;
            }
            Worker worker = workers.lockById(candidate.getId()).orElseThrow();
            if (fits(worker, start, minutes, ignoredBookingId)) {
                return Optional.of(worker);
            }
        }
        return Optional.empty();
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
        List<Worker> candidates = candidates(elder, service);
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
        Map<Long, List<Booking>> visitsOf = new HashMap<>();
        for (Worker w : candidates) {
            visitsOf.put(w.getId(), bookings.candidatesOverlapping(w.getId(), BookingStatus.ACTIVE, searchStart, searchEnd));
        }
        while (free.size() < limit && t.isBefore(stop)) {
            LocalDateTime start = t;
            if (ElderVisits.clash(elderVisits, this::service, service, start, minutes, ignoredBookingId).isEmpty()
                    && candidates.stream().anyMatch(w -> WorkerCapacity.fits(w, shiftsOf.getOrDefault(w.getId(), List.of()),
                            visitsOf.get(w.getId()), start, minutes, ignoredBookingId))) {
                free.add(start);
                t = t.plusHours(2); // spread the suggestions out
            } else {
                t = t.plusMinutes(SLOT_STEP_MINUTES);
            }
        }
        return free;
    }

    private boolean fits(Worker worker, LocalDateTime start, int minutes, Long ignoredBookingId) {
        List<Booking> nearby = bookings.candidatesOverlapping(worker.getId(), BookingStatus.ACTIVE,
                start.minusHours(MAX_VISIT_HOURS), start.plusMinutes(minutes));
        return WorkerCapacity.fits(worker, shifts.findByWorkerId(worker.getId()), nearby, start, minutes, ignoredBookingId);
    }

    private ServiceItem service(Long id) {
        return services.findById(id).orElseThrow();
    }

    private List<Worker> candidates(Elder elder, ServiceItem service) {
        List<Long> providerIds = providers.findByBlacklistedFalseOrderById().stream()
                .filter(p -> p.serves(elder.getCommunity())).map(Provider::getId).toList();
        if (providerIds.isEmpty()) {
            return List.of();
        }
        return workers.findByProviderIdInAndActiveTrueOrderById(providerIds).stream()
                .filter(w -> w.does(service.getCategory())).toList();
    }

    private static LocalDateTime roundUp(LocalDateTime t) {
        LocalDateTime floor = t.withSecond(0).withNano(0).withMinute(t.getMinute() / SLOT_STEP_MINUTES * SLOT_STEP_MINUTES);
        return floor.isBefore(t) ? floor.plusMinutes(SLOT_STEP_MINUTES) : floor;
    }
}

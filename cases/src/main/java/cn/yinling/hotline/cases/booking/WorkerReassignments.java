package cn.yinling.hotline.cases.booking;

import static cn.yinling.hotline.cases.booking.BookingRefusedException.Reason.NOT_CHANGEABLE;
import static cn.yinling.hotline.cases.booking.BookingRefusedException.Reason.NO_CAPACITY;
import static cn.yinling.hotline.cases.booking.BookingRefusedException.Reason.UNKNOWN_BOOKING;

import cn.yinling.hotline.cases.catalog.ServiceItem;
import cn.yinling.hotline.cases.catalog.ServiceItemRepository;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.ElderRepository;
import cn.yinling.hotline.cases.provider.Worker;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits a worker can no longer take (deactivated, on leave or sick that day, their provider's
 * contract ended) and handing them to another worker who is free then and does the service. The
 * time, the elder and the hold stay as they are; only the worker changes, and the elder's family is
 * told as after any change of a booking.
 */
@Service
public class WorkerReassignments {

    /** One future visit of a worker, and whether that worker can still take it. */
    public record FutureVisit(Booking booking, boolean stranded) {
    }

    private final BookingRepository bookings;
    private final ElderRepository elders;
    private final ServiceItemRepository services;
    private final ServiceSlots slots;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkerReassignments(BookingRepository bookings, ElderRepository elders, ServiceItemRepository services,
            ServiceSlots slots, ApplicationEventPublisher events, Clock clock) {
        this.bookings = bookings;
        this.elders = elders;
        this.services = services;
        this.slots = slots;
        this.events = events;
        this.clock = clock;
    }

    /** The worker's visits from now on, soonest first, each marked when the worker can no longer take it. */
    @Transactional(readOnly = true)
    public List<FutureVisit> futureVisits(Long workerId) {
        return bookings.findByWorkerIdAndStatusInAndStartsAtGreaterThanEqualOrderByStartsAt(workerId,
                BookingStatus.ACTIVE, LocalDateTime.now(clock)).stream()
                .map(b -> new FutureVisit(b, !slots.stillFits(workerId, elder(b), service(b), b.getStartsAt(),
                        b.getDurationMinutes(), b.getId())))
                .toList();
    }

    /** The other workers who could take this visit at its time (advice: {@link #reassign} checks again under lock). */
    @Transactional(readOnly = true)
    public List<Worker> alternatives(Long bookingId) {
        Booking b = bookings.findById(bookingId)
                .orElseThrow(() -> new BookingRefusedException(UNKNOWN_BOOKING, "no booking " + bookingId));
        return slots.freeWorkers(elder(b), service(b), b.getStartsAt(), b.getDurationMinutes(), b.getId()).stream()
                .filter(w -> !w.getId().equals(b.getWorkerId())).toList();
    }

    /**
     * Moves a future, active visit to {@code workerId}, under the new worker's row lock so two
     * hand-overs cannot overfill them. Returns the worker it had before.
     */
    @Transactional
    public Long reassign(Long bookingId, Long workerId) {
        Booking booking = bookings.lockById(bookingId)
                .orElseThrow(() -> new BookingRefusedException(UNKNOWN_BOOKING, "no booking " + bookingId));
        if (!booking.getStatus().isActive() || !booking.getStartsAt().isAfter(LocalDateTime.now(clock))) {
            throw new BookingRefusedException(NOT_CHANGEABLE, "booking " + bookingId + " is " + booking.getStatus());
        }
        Long before = booking.getWorkerId();
        // Also for the same worker: keeping a visit with a worker on leave that day is refused too.
        if (!slots.reserveThis(workerId, elder(booking), service(booking), booking.getStartsAt(),
                booking.getDurationMinutes(), booking.getId())) {
            throw new BookingRefusedException(NO_CAPACITY, "worker " + workerId + " cannot take booking " + bookingId);
        }
        if (Objects.equals(before, workerId)) {
            return before;
        }
        booking.moveTo(booking.getStartsAt(), workerId, clock.instant());
        events.publishEvent(new BookingConfirmed(booking.bookingId(), new ElderId(booking.getElderId())));
        return before;
    }

    @Transactional(readOnly = true)
    public Booking booking(Long bookingId) {
        return bookings.findById(bookingId)
                .orElseThrow(() -> new BookingRefusedException(UNKNOWN_BOOKING, "no booking " + bookingId));
    }

    private Elder elder(Booking b) {
        return elders.findById(b.getElderId()).orElseThrow();
    }

    private ServiceItem service(Booking b) {
        return services.findById(b.getServiceId()).orElseThrow();
    }
}

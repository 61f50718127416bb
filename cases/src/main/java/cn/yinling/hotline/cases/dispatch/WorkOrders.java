package cn.yinling.hotline.cases.dispatch;

import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingCancelled;
import cn.yinling.hotline.cases.booking.BookingClosed;
import cn.yinling.hotline.cases.booking.BookingConfirmed;
import cn.yinling.hotline.cases.booking.BookingRepository;
import cn.yinling.hotline.cases.booking.BookingStatus;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.dispatch.WorkOrderChange.Kind;
import cn.yinling.hotline.cases.provider.WorkerRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each booking's work order in step with it: a confirmed booking gets an order for its
 * worker, a move or another worker changes the order, a cancellation or no-show cancels it, a
 * served visit closes it. Every change is announced ({@link WorkOrderChanged}) inside its
 * transaction. Bringing an order in step is idempotent, so a booking whose order was missed (a
 * crash between the two commits) is put right by calling {@link #follow} again ({@link DispatchSweep}
 * does). A confirmed booking whose order is out becomes DISPATCHED, in the same transaction.
 */
@Service
public class WorkOrders {

    static final String ACTOR = "dispatch";
    private static final int CODE_DIGITS = 6;

    private final WorkOrderRepository orders;
    private final BookingRepository bookings;
    private final Bookings bookingService;
    private final WorkerRepository workers;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    WorkOrders(WorkOrderRepository orders, BookingRepository bookings, Bookings bookingService, WorkerRepository workers,
            ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.orders = orders;
        this.bookings = bookings;
        this.bookingService = bookingService;
        this.workers = workers;
        this.events = events;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(BookingConfirmed e) {
        newTransaction.executeWithoutResult(status -> follow(e.bookingId().value(), ACTOR));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(BookingCancelled e) {
        newTransaction.executeWithoutResult(status -> follow(e.bookingId().value(), ACTOR));
    }

    /** A visit recorded (the door check-out, staff, the demo street) or missed: its order is done or cancelled. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(BookingClosed e) {
        newTransaction.executeWithoutResult(status -> follow(e.bookingId().value(), ACTOR));
    }

    /** Brings the booking's work order in step with the booking, in the caller's transaction. */
    @Transactional
    public WorkOrderChange follow(Long bookingId, String actor) {
        Booking booking = bookings.lockById(bookingId).orElseThrow(
                () -> new IllegalArgumentException("no booking " + bookingId));
        Optional<WorkOrder> existing = orders.findByBookingId(bookingId);
        Instant now = clock.instant();
        WorkOrderChange change;
        if (existing.isEmpty()) {
            if (!booking.getStatus().isActive() || booking.getWorkerId() == null) {
                return new WorkOrderChange(Kind.UNCHANGED, null, null);
            }
            WorkOrder order = orders.save(new WorkOrder(booking, providerOf(booking), newVisitCode(), actor, now));
            change = new WorkOrderChange(Kind.ISSUED, order, null);
        } else {
            change = step(existing.get(), booking, actor, now);
        }
        if (change.order() != null && change.order().getState() == WorkOrderState.ISSUED
                && booking.getStatus() == BookingStatus.CONFIRMED) {
            // The order is out: the booking is dispatched (still changeable, see BookingStatus.isChangeable).
            bookingService.advance(bookingId, BookingStatus.DISPATCHED);
        }
        if (change.isNews()) {
            orders.flush();
            events.publishEvent(new WorkOrderChanged(change));
        }
        return change;
    }

    private WorkOrderChange step(WorkOrder order, Booking booking, String actor, Instant now) {
        Long previousWorker = order.getWorkerId();
        BookingStatus status = booking.getStatus();
        if (status == BookingStatus.COMPLETED) {
            return end(order, WorkOrderState.DONE, Kind.DONE, actor, now);
        }
        if (!status.isActive()) {
            return end(order, WorkOrderState.CANCELLED, Kind.CANCELLED, actor, now);
        }
        if (order.getState() == WorkOrderState.ISSUED && !order.differsFrom(booking)) {
            return new WorkOrderChange(Kind.UNCHANGED, order, previousWorker);
        }
        boolean reassigned = !previousWorker.equals(booking.getWorkerId());
        LocalDateTime previousStart = order.getStartsAt();
        // A new worker gets a new code: the old worker's SMS must not open the visit any more.
        String code = reassigned || order.getState() != WorkOrderState.ISSUED ? newVisitCode() : order.getVisitCode();
        order.follow(booking, providerOf(booking), code, actor, now);
        return new WorkOrderChange(reassigned ? Kind.REASSIGNED : Kind.CHANGED, order, previousWorker, previousStart);
    }

    private static WorkOrderChange end(WorkOrder order, WorkOrderState endState, Kind kind, String actor, Instant now) {
        if (order.getState() == endState) {
            return new WorkOrderChange(Kind.UNCHANGED, order, order.getWorkerId());
        }
        order.end(endState, actor, now);
        return new WorkOrderChange(kind, order, order.getWorkerId());
    }

    @Transactional(readOnly = true)
    public Optional<WorkOrder> forBooking(Long bookingId) {
        return orders.findByBookingId(bookingId);
    }

    private Long providerOf(Booking booking) {
        return workers.findById(booking.getWorkerId()).orElseThrow().getProviderId();
    }

    /** Six digits no issued order has: a worker keys them on a phone, together with their worker number. */
    private String newVisitCode() {
        while (true) {
            String code = String.format("%0" + CODE_DIGITS + "d", random.nextInt((int) Math.pow(10, CODE_DIGITS)));
            if (!orders.existsByVisitCodeAndState(code, WorkOrderState.ISSUED)) {
                return code;
            }
        }
    }
}

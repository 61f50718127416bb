package cn.yinling.hotline.cases.visit;

import static cn.yinling.hotline.cases.visit.VisitRefusedException.Reason.ALREADY_ARRIVED;
import static cn.yinling.hotline.cases.visit.VisitRefusedException.Reason.ALREADY_LEFT;
import static cn.yinling.hotline.cases.visit.VisitRefusedException.Reason.BAD_MINUTES;
import static cn.yinling.hotline.cases.visit.VisitRefusedException.Reason.BAD_TIME;
import static cn.yinling.hotline.cases.visit.VisitRefusedException.Reason.NOT_ARRIVED;
import static cn.yinling.hotline.cases.visit.VisitRefusedException.Reason.NOT_HELD;
import static cn.yinling.hotline.cases.visit.VisitRefusedException.Reason.NOT_ISSUED;
import static cn.yinling.hotline.cases.visit.VisitRefusedException.Reason.NO_REASON;

import cn.yinling.hotline.cases.CaseTexts;
import cn.yinling.hotline.cases.TextTooLongException;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.dispatch.WorkOrder;
import cn.yinling.hotline.cases.dispatch.WorkOrderState;
import cn.yinling.hotline.cases.dispatch.WorkOrders;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do with visits on the console: decide a held visit (consume as recorded, consume
 * another length, or release without charge — each with a reason, kept on the visit and on its
 * complaint case), record an arrival or departure a worker reported otherwise (proof STAFF), or
 * mark a visit that did not happen as a no-show. The console checks roles and writes the audit log.
 */
@Service
public class VisitDecisions {

    public enum Decision { AS_RECORDED, OTHER_LENGTH, RELEASE }

    public static final int MAX_REASON = 500;

    private final VisitRepository visits;
    private final VisitConsumption consumption;
    private final Bookings bookings;
    private final WorkOrders workOrders;
    private final Cases cases;
    private final Clock clock;

    VisitDecisions(VisitRepository visits, VisitConsumption consumption, Bookings bookings, WorkOrders workOrders,
            Cases cases, Clock clock) {
        this.visits = visits;
        this.consumption = consumption;
        this.bookings = bookings;
        this.workOrders = workOrders;
        this.cases = cases;
        this.clock = clock;
    }

    /** Decides a held visit; {@code minutes} only for OTHER_LENGTH (1 to the booked length). */
    @Transactional
    public Visit decide(long visitId, Decision decision, Integer minutes, String reason, String staff) {
        String why = reasonOf(reason);
        Visit visit = visits.lockById(visitId).orElseThrow(() -> new NoSuchElementException("no visit " + visitId));
        if (visit.getConsumption() != Consumption.HELD) {
            throw new VisitRefusedException(NOT_HELD, "visit " + visitId + " is " + visit.getConsumption());
        }
        int booked = bookings.find(visit.getBookingId()).orElseThrow().getDurationMinutes();
        int consumed = switch (decision) {
            case AS_RECORDED -> consumption.minutesToConsume(visit);
            case OTHER_LENGTH -> {
                if (minutes == null || minutes < 1 || minutes > booked) {
                    throw new VisitRefusedException(BAD_MINUTES, "1 to " + booked + " minutes, not " + minutes);
                }
                yield minutes;
            }
            case RELEASE -> 0;
        };
        consumption.record(visit, consumed, false, staff);
        visit.decided(decision == Decision.RELEASE ? Consumption.RELEASED : Consumption.CONSUMED,
                consumed, staff, why, clock.instant());
        if (visit.getComplaintCaseId() != null) {
            cases.addNote(visit.getComplaintCaseId(), staff,
                    CaseTexts.text("visit.decided", CaseTexts.text("visit.decision." + decision.name(), consumed), why));
        }
        return visit;
    }

    /** An arrival the worker reported otherwise (the phone line failed them), at {@code when} (local time). */
    @Transactional
    public Visit recordArrival(long orderId, LocalDateTime when, String staff) {
        WorkOrder order = issued(orderId);
        Instant at = notInFuture(when);
        Visit visit = visits.findByWorkOrderId(orderId).orElseGet(() -> visits.save(new Visit(order, clock.instant())));
        if (visit.hasArrived()) {
            throw new VisitRefusedException(ALREADY_ARRIVED, "visit of order " + orderId + " has its arrival");
        }
        visit.arrive(at, Proof.STAFF, null, staff);
        bookings.startService(order.getBookingId());
        return visit;
    }

    /** A departure reported otherwise: consumed at once as recorded (no elder on the line to rate), unless held. */
    @Transactional
    public Visit recordDeparture(long orderId, LocalDateTime when, String staff) {
        issued(orderId);
        Instant at = notInFuture(when);
        Visit visit = visits.findByWorkOrderId(orderId).filter(Visit::hasArrived)
                .orElseThrow(() -> new VisitRefusedException(NOT_ARRIVED, "order " + orderId + " has no arrival"));
        if (visit.hasLeft()) {
            throw new VisitRefusedException(ALREADY_LEFT, "order " + orderId + " is checked out");
        }
        if (!at.isAfter(visit.getArrivedAt())) {
            throw new VisitRefusedException(BAD_TIME, "departure " + at + " not after arrival " + visit.getArrivedAt());
        }
        visit.leave(at, Proof.STAFF, null, staff, clock.instant());
        if (visit.getConsumption() == Consumption.LEFT) {
            consumption.consume(visit, staff);
        }
        return visit;
    }

    /** Nobody came (or the elder was not in): the booking's hold goes back and the order is cancelled. */
    @Transactional
    public void markNoShow(long orderId, String staff) {
        WorkOrder order = issued(orderId);
        if (visits.findByWorkOrderId(orderId).filter(Visit::hasArrived).isPresent()) {
            throw new VisitRefusedException(ALREADY_ARRIVED, "order " + orderId + " has an arrival");
        }
        bookings.markNoShow(order.getBookingId(), staff);
        workOrders.follow(order.getBookingId(), staff);
    }

    private WorkOrder issued(long orderId) {
        WorkOrder order = visits.lockOrder(orderId).orElseThrow(() -> new NoSuchElementException("no order " + orderId));
        if (order.getState() != WorkOrderState.ISSUED) {
            throw new VisitRefusedException(NOT_ISSUED, "order " + orderId + " is " + order.getState());
        }
        return order;
    }

    private Instant notInFuture(LocalDateTime when) {
        Instant at = when == null ? null : when.atZone(clock.getZone()).toInstant();
        if (at == null || at.isAfter(clock.instant())) {
            throw new VisitRefusedException(BAD_TIME, "a reported time must not be in the future: " + when);
        }
        return at;
    }

    private static String reasonOf(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new VisitRefusedException(NO_REASON, "a decision needs a reason");
        }
        TextTooLongException.check("reason", reason, MAX_REASON);
        return reason.strip();
    }
}

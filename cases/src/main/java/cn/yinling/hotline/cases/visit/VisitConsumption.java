package cn.yinling.hotline.cases.visit;

import cn.yinling.hotline.cases.CaseTexts;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseOpened;
import cn.yinling.hotline.cases.casework.CaseType;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.ComplaintRequest;
import cn.yinling.hotline.cases.casework.ComplaintType;
import cn.yinling.hotline.cases.casework.Severity;
import cn.yinling.hotline.cases.dispatch.WorkOrderRepository;
import cn.yinling.hotline.cases.dispatch.WorkOrderState;
import cn.yinling.hotline.cases.dispatch.WorkOrders;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.followup.FollowUpCalls;
import cn.yinling.hotline.cases.policy.SubsidyPolicy;
import cn.yinling.hotline.cases.policy.VisitRounding;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a checked-out visit into consumption: its recorded minutes rounded as the booking's policy
 * says ({@link VisitRounding}) and capped at the booked length go through
 * {@link Bookings#recordService} (the overage billed to the elder as for any visit), and the work
 * order is closed. A problem keyed at the door or a complaint naming the visit before that holds it
 * for staff ({@link VisitDecisions}); a complaint after it changes nothing here (staff adjust the
 * ledger, see docs/visits.md).
 */
@Service
public class VisitConsumption {

    private static final Logger log = LoggerFactory.getLogger(VisitConsumption.class);

    private final VisitRepository visits;
    private final WorkOrderRepository orders;
    private final Bookings bookings;
    private final WorkOrders workOrders;
    private final FollowUpCalls followUps;
    private final Cases cases;
    private final VisitProperties properties;
    private final TransactionTemplate inTransaction;
    private final Clock clock;

    VisitConsumption(VisitRepository visits, WorkOrderRepository orders, Bookings bookings, WorkOrders workOrders,
            FollowUpCalls followUps, Cases cases, VisitProperties properties, PlatformTransactionManager transactions,
            Clock clock) {
        this.visits = visits;
        this.orders = orders;
        this.bookings = bookings;
        this.workOrders = workOrders;
        this.followUps = followUps;
        this.cases = cases;
        this.properties = properties;
        this.inTransaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The minutes the visit's policy counts for it: recorded, rounded, at least the minimum, at most booked. */
    @Transactional(readOnly = true)
    public int minutesToConsume(Visit visit) {
        Booking booking = bookings.find(visit.getBookingId()).orElseThrow();
        VisitRounding rounding = bookings.policyOf(booking.getId()).map(SubsidyPolicy::visitRounding)
                .orElse(VisitRounding.EXACT);
        return rounding.minutesFor(visit.getRecordedMinutes(), booking.getDurationMinutes());
    }

    /** Consumes a departed visit as recorded and closes its order; the caller holds the visit's lock. */
    @Transactional(propagation = Propagation.MANDATORY)
    void consume(Visit visit, String actor) {
        int minutes = minutesToConsume(visit);
        record(visit, minutes, visit.getElderRating() != null, actor);
        visit.consumed(minutes, clock.instant());
    }

    /** Records {@code minutes} of service for the visit (none: without charge) and closes the work order. */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(Visit visit, int minutes, boolean confirmedByElder, String actor) {
        String note = CaseTexts.text("visit.recordNote", visit.getRecordedMinutes(), minutes);
        if (minutes > 0) {
            bookings.recordService(visit.getBookingId(), minutes, confirmedByElder, note, actor);
        } else {
            bookings.recordWithoutCharge(visit.getBookingId(), note, actor);
        }
        workOrders.follow(visit.getBookingId(), actor);
    }

    /** The elder's rating on the visit's service record; 1–2 stars open a complaint, as on a follow-up call. */
    @Transactional(propagation = Propagation.MANDATORY)
    void rateRecord(Visit visit, int stars) {
        followUps.rate(visit.getBookingId(), stars);
    }

    /** Key 9 at the door: held, and a complaint case (the worker's visit, by voice) for staff to decide. */
    @Transactional(propagation = Propagation.MANDATORY)
    void holdForProblem(Visit visit) {
        visit.hold(HoldReason.PROBLEM, null, clock.instant());
        CareCase c = cases.openComplaint(new ComplaintRequest(new ElderId(visit.getElderId()), ComplaintType.QUALITY,
                Severity.NORMAL, CaseTexts.text("visit.problemKeyed"), visit.getBookingId(), visit.getWorkerId(),
                Channel.VOICE, DoorCheckins.ACTOR));
        visit.hold(HoldReason.PROBLEM, c.getId(), clock.instant());
    }

    /**
     * A complaint naming a visit not yet consumed holds it (in the complaint's transaction): at once if
     * it has checked out, else from its departure. A visit not yet begun gets its row now, held.
     */
    @EventListener
    void on(CaseOpened opened) {
        if (opened.type() != CaseType.COMPLAINT) {
            return;
        }
        CareCase complaint = cases.get(opened.caseId().value());
        if (complaint.getBookingId() == null) {
            return;
        }
        visits.findByBookingId(complaint.getBookingId())
                .flatMap(v -> visits.lockById(v.getId()))
                .or(() -> orders.findByBookingId(complaint.getBookingId())
                        .filter(o -> o.getState() == WorkOrderState.ISSUED)
                        .map(o -> visits.save(new Visit(o, clock.instant()))))
                .filter(v -> !v.getConsumption().isSettled())
                .ifPresent(v -> v.hold(HoldReason.COMPLAINT, complaint.getId(), clock.instant()));
    }

    /**
     * Departed visits whose rating never came (the node carrying the call died) are consumed as
     * recorded. Row-locked and re-checked, so any node may run it at any time.
     */
    @Scheduled(fixedDelayString = "${hotline.visit.sweep-interval:PT1M}")
    public int consumeLeftBehind() {
        int done = 0;
        for (Long id : visits.leftBefore(clock.instant().minus(properties.ratingLostAfter()))) {
            try {
                Boolean consumed = inTransaction.execute(s -> visits.lockById(id)
                        .filter(v -> v.getConsumption() == Consumption.LEFT)
                        .map(v -> {
                            consume(v, DoorCheckins.ACTOR);
                            return true;
                        }).orElse(false));
                done += Boolean.TRUE.equals(consumed) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Visit {}: could not be consumed; tried again at the next sweep", id, e);
            }
        }
        return done;
    }
}

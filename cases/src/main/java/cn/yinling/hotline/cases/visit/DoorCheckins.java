package cn.yinling.hotline.cases.visit;

import cn.yinling.hotline.cases.Sha256;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.dispatch.WorkOrder;
import cn.yinling.hotline.cases.dispatch.WorkOrderState;
import cn.yinling.hotline.cases.elder.Caller;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.provider.Worker;
import cn.yinling.hotline.cases.provider.WorkerRepository;
import cn.yinling.hotline.cases.verification.AttemptLimits;
import cn.yinling.hotline.cases.verification.Attempts;
import cn.yinling.hotline.cases.verification.Limit;
import cn.yinling.hotline.cases.verification.LockedSubject;
import cn.yinling.hotline.cases.visit.CheckIn.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The worker's calls to the check-in line. From the elder's own phone (caller ID = a phone on the
 * elder's record) the worker number alone finds the visit expected at this door now (proof
 * ELDER_PHONE); from any other phone the worker number and the visit code from the SMS do (proof
 * VISIT_CODE, weaker). The first call is the arrival, the next the departure; on the elder's phone the
 * elder then keys 1–5 or 9, and the visit is consumed ({@link VisitConsumption}) or held.
 *
 * <p>Guessing is limited across calls and nodes: wrong answers count against the keyed worker number
 * and against the calling number ({@code hotline.visit.*-attempts}); either locks for a while, and
 * staff see the locks on the visits page ({@link #lockedNow}).
 */
@Service
public class DoorCheckins {

    public static final String WORKER_SUBJECT = "visit-worker:";
    public static final String CALLER_SUBJECT = "visit-caller:";
    static final String ACTOR = "visit-line";
    private static final int MAX_KEYED = 8;

    private final VisitRepository visits;
    private final WorkerRepository workers;
    private final Elders elders;
    private final Bookings bookings;
    private final VisitConsumption consumption;
    private final AttemptLimits limits;
    private final VisitProperties properties;
    private final TransactionTemplate inTransaction;
    private final Clock clock;

    DoorCheckins(VisitRepository visits, WorkerRepository workers, Elders elders, Bookings bookings,
            VisitConsumption consumption, AttemptLimits limits, VisitProperties properties,
            PlatformTransactionManager transactions, Clock clock) {
        this.visits = visits;
        this.workers = workers;
        this.elders = elders;
        this.bookings = bookings;
        this.consumption = consumption;
        this.limits = limits;
        this.properties = properties;
        this.inTransaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * The elder whose own phone this is, when a visit is expected at that door now: the call then needs
     * only the worker number. Empty: the worker keys the visit code too.
     */
    @Transactional(readOnly = true)
    public Optional<Long> elderAtThisDoor(String callerPhone) {
        return elderOf(callerPhone).filter(elderId -> !expectedAt(elderId).isEmpty());
    }

    /**
     * A check-in keyed on this call: {@code visitCode} null on the elder's own phone. Call outside any
     * transaction (the guards are made in their own).
     */
    public CheckIn checkIn(String callerPhone, String workerNumber, String visitCode) {
        String keyed = keyed(workerNumber);
        List<Limit> guards = List.of(
                new Limit(WORKER_SUBJECT + (keyed.isEmpty() ? "-" : keyed), properties.workerAttempts(),
                        properties.window(), properties.lockPeriod()),
                new Limit(callerSubject(callerPhone), properties.callerAttempts(), properties.window(),
                        properties.lockPeriod()));
        limits.prepare(guards);
        return inTransaction.execute(s -> decide(limits.lock(guards), callerPhone, keyed, visitCode));
    }

    private CheckIn decide(Attempts attempts, String callerPhone, String workerNumber, String visitCode) {
        Optional<Instant> locked = attempts.lockedUntil();
        if (locked.isPresent()) {
            return CheckIn.locked(locked.get());
        }
        Optional<Worker> worker = workerNumber.isEmpty() ? Optional.empty() : workers.findByWorkerNumber(workerNumber);
        Optional<WorkOrder> order = worker.flatMap(w -> visitCode == null
                ? orderAtElderPhone(callerPhone, w)
                : orderWithCode(keyed(visitCode), w));
        if (order.isEmpty()) {
            attempts.fail();
            return attempts.lockedUntil().map(CheckIn::locked).orElseGet(CheckIn::wrong);
        }
        attempts.clear(WORKER_SUBJECT + workerNumber, callerSubject(callerPhone));
        Proof proof = visitCode == null ? Proof.ELDER_PHONE : Proof.VISIT_CODE;
        return arriveOrLeave(order.get().getId(), proof, callerPhone);
    }

    private CheckIn arriveOrLeave(Long orderId, Proof proof, String callerPhone) {
        // One call at a time per visit, on any node: the order's row lock.
        WorkOrder order = visits.lockOrder(orderId).orElseThrow();
        Instant now = clock.instant();
        Visit visit = visits.findByWorkOrderId(orderId).orElseGet(() -> visits.save(new Visit(order, now)));
        String phone = digits(callerPhone);
        if (!visit.hasArrived()) {
            visit.arrive(now, proof, phone, null);
            bookings.startService(order.getBookingId());
            return result(Outcome.ARRIVED, visit, order, proof);
        }
        if (visit.hasLeft()) {
            return result(Outcome.ALREADY_LEFT, visit, order, proof);
        }
        if (Duration.between(visit.getArrivedAt(), now).compareTo(properties.shortestVisit()) < 0) {
            return result(Outcome.ALREADY_ARRIVED, visit, order, proof);
        }
        visit.leave(now, proof, phone, null, now);
        boolean askRating = proof == Proof.ELDER_PHONE && visit.getConsumption() == Consumption.LEFT;
        if (visit.getConsumption() == Consumption.LEFT && !askRating) {
            consumption.consume(visit, ACTOR); // nobody at the door to rate it: the worker's own phone
        }
        return new CheckIn(Outcome.LEFT, visit.getId(), order.getElderId(), order.getStartsAt(), proof,
                visit.getRecordedMinutes(), askRating,
                visit.getConsumption() == Consumption.HELD, null);
    }

    /** The elder keyed 1–5 on the way out: stored on the visit, the visit consumed, the rating on its record. */
    @Transactional
    public void rate(long visitId, int stars) {
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("A rating is 1 to 5, not " + stars);
        }
        Visit visit = visits.lockById(visitId).orElseThrow();
        visit.rated(stars, clock.instant());
        if (visit.getConsumption() == Consumption.LEFT) {
            consumption.consume(visit, ACTOR);
            consumption.rateRecord(visit, stars);
        }
    }

    /** The elder keyed 9: the consumption waits for staff, and a complaint case puts it before them. */
    @Transactional
    public void problem(long visitId) {
        Visit visit = visits.lockById(visitId).orElseThrow();
        if (!visit.getConsumption().isSettled()) {
            consumption.holdForProblem(visit);
        }
    }

    /** No key from the elder (silence or a hang-up): the visit is consumed as recorded, without a rating. */
    @Transactional
    public void noRating(long visitId) {
        Visit visit = visits.lockById(visitId).orElseThrow();
        if (visit.getConsumption() == Consumption.LEFT) {
            consumption.consume(visit, ACTOR);
        }
    }

    /** Worker numbers and calling numbers locked now for too many wrong check-ins. */
    public List<LockedSubject> lockedNow() {
        List<LockedSubject> locked = new ArrayList<>(
                limits.lockedNow(WORKER_SUBJECT));
        locked.addAll(limits.lockedNow(CALLER_SUBJECT));
        return locked;
    }

    private Optional<WorkOrder> orderAtElderPhone(String callerPhone, Worker worker) {
        return elderOf(callerPhone).flatMap(elderId -> expectedAt(elderId).stream()
                .filter(o -> o.getWorkerId().equals(worker.getId()))
                .min(arrivedFirstThenNearest()));
    }

    private Optional<WorkOrder> orderWithCode(String code, Worker worker) {
        if (code.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return visits.issuedWithCode(code).stream()
                .filter(o -> o.getWorkerId().equals(worker.getId()) && withinWindow(o, now))
                .min(arrivedFirstThenNearest());
    }

    /** The issued orders at the elder's door whose check-in window holds now. */
    private List<WorkOrder> expectedAt(Long elderId) {
        LocalDateTime now = LocalDateTime.now(clock);
        return visits.ordersOfElder(elderId, WorkOrderState.ISSUED, now.minusDays(1), now.plus(properties.earliestArrival()))
                .stream().filter(o -> withinWindow(o, now)).toList();
    }

    private boolean withinWindow(WorkOrder o, LocalDateTime now) {
        return !now.isBefore(o.getStartsAt().minus(properties.earliestArrival()))
                && !now.isAfter(o.endsAt().plus(properties.latestDeparture()));
    }

    /** A visit in progress first (its departure), then the one whose start is nearest to now. */
    private Comparator<WorkOrder> arrivedFirstThenNearest() {
        LocalDateTime now = LocalDateTime.now(clock);
        return Comparator.<WorkOrder, Boolean>comparing(o -> visits.findByWorkOrderId(o.getId())
                        .map(v -> !(v.hasArrived() && !v.hasLeft())).orElse(true))
                .thenComparing(o -> Duration.between(o.getStartsAt(), now).abs());
    }

    private Optional<Long> elderOf(String callerPhone) {
        if (callerPhone == null || callerPhone.isBlank()) {
            return Optional.empty();
        }
        return elders.findByPhone(callerPhone).filter(Caller::isElder).map(c -> c.elder().getId());
    }

    private static CheckIn result(Outcome outcome, Visit visit, WorkOrder order, Proof proof) {
        return new CheckIn(outcome, visit.getId(), order.getElderId(), order.getStartsAt(), proof,
                visit.getRecordedMinutes(), false, false, null);
    }

    /** Digits only, at most a few: what the caller keyed, never a pattern or a long string in a guard's key. */
    private static String keyed(String keys) {
        String d = keys == null ? "" : keys.replaceAll("\\D", "");
        return d.length() > MAX_KEYED ? d.substring(0, MAX_KEYED) : d;
    }

    private static String digits(String phone) {
        String d = phone == null ? "" : phone.replaceAll("\\D", "");
        return d.length() > 20 ? d.substring(0, 20) : d;
    }

    /**
     * The calling number as staff may see it (first three and last four digits) and a digest that keeps
     * two numbers with the same mask apart; never the number itself.
     */
    static String callerSubject(String callerPhone) {
        String d = digits(callerPhone);
        String masked = d.length() <= 7 ? "****" + d.substring(Math.max(0, d.length() - 2))
                : d.substring(0, 3) + "****" + d.substring(d.length() - 4);
        return CALLER_SUBJECT + masked + ":" + HexFormat.of().formatHex(Sha256.of(d), 0, 4);
    }
}

package cn.yinling.hotline.cases.booking;

import static cn.yinling.hotline.cases.booking.BookingRefusedException.Reason.ALREADY_RECORDED;
import static cn.yinling.hotline.cases.booking.BookingRefusedException.Reason.INSUFFICIENT_BALANCE;
import static cn.yinling.hotline.cases.booking.BookingRefusedException.Reason.NOT_CHANGEABLE;
import static cn.yinling.hotline.cases.booking.BookingRefusedException.Reason.NO_CAPACITY;
import static cn.yinling.hotline.cases.booking.BookingRefusedException.Reason.UNKNOWN_BOOKING;
import static cn.yinling.hotline.cases.booking.BookingRefusedException.Reason.UNKNOWN_ELDER;
import static cn.yinling.hotline.cases.booking.BookingRefusedException.Reason.UNKNOWN_SERVICE;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.TextTooLongException;
import cn.yinling.hotline.cases.catalog.ServiceItem;
import cn.yinling.hotline.cases.catalog.ServiceCatalog;
import cn.yinling.hotline.cases.catalog.ServiceItemRepository;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.ElderRepository;
import cn.yinling.hotline.cases.entitlement.Coverage;
import cn.yinling.hotline.cases.entitlement.Entitlements;
import cn.yinling.hotline.cases.entitlement.InsufficientEntitlementException;
import cn.yinling.hotline.cases.entitlement.Ledger;
import cn.yinling.hotline.cases.policy.SubsidyPolicy;
import cn.yinling.hotline.cases.provider.Worker;
import cn.yinling.hotline.cases.provider.WorkerRepository;
import cn.yinling.hotline.cases.settlement.SettlementMonths;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Booking, cancelling, moving and recording services. Every change locks the elder's entitlement
 * account first and the worker second (always in that order), so concurrent bookings neither
 * overspend a balance nor overfill a worker's slot. Booking and moving also lock the elder's own row
 * between the two, so an elder never gets two visits at once that the catalog does not combine.
 */
@Service
public class Bookings {

    /** Matches booking.note and service_record.note (V1). */
    public static final int MAX_NOTE = 500;
    /** Matches booking.cancel_reason (V1). */
    public static final int MAX_CANCEL_REASON = 200;

    private static final int SUGGESTIONS = 3;

    private final BookingRepository bookings;
    private final ServiceRecordRepository records;
    private final ServiceItemRepository services;
    private final ServiceCatalog catalog;
    private final ElderRepository elders;
    private final Entitlements entitlements;
    private final ServiceSlots slots;
    private final WorkerRepository workers;
    private final SettlementMonths settlementMonths;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    Bookings(BookingRepository bookings, ServiceRecordRepository records, ServiceItemRepository services,
            ServiceCatalog catalog, ElderRepository elders, Entitlements entitlements, ServiceSlots slots,
            WorkerRepository workers, SettlementMonths settlementMonths, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock) {
        this.catalog = catalog;
        this.bookings = bookings;
        this.records = records;
        this.services = services;
        this.elders = elders;
        this.entitlements = entitlements;
        this.slots = slots;
        this.workers = workers;
        this.settlementMonths = settlementMonths;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Books a service: checks lead time for the channel, worker capacity and entitlement, holds the
     * subsidy and confirms. A repeated request key returns the booking already made.
     */
    public Booking book(BookingRequest request) {
        Optional<Booking> existing = bookings.findByRequestKey(request.requestKey());
        if (existing.isPresent()) {
            return sameElder(existing.get(), request);
        }
        try {
            Booking booking = tx.execute(status -> bookInTransaction(request));
            events.publishEvent(new BookingConfirmed(booking.bookingId(), request.elderId()));
            return booking;
        } catch (DataIntegrityViolationException e) {
            // Two copies of one request raced; the unique request key let exactly one through.
            return bookings.findByRequestKey(request.requestKey()).map(b -> sameElder(b, request)).orElseThrow(() -> e);
        } catch (BookingRefusedException e) {
            // A copy of this request waited on the elder's lock and found the first copy's booking in
            // its way (ELDER_BUSY): the answer is the one a repeat gets.
            Optional<Booking> first = bookings.findByRequestKey(request.requestKey());
            if (first.isPresent()) {
                return sameElder(first.get(), request);
            }
            throw e;
        }
    }

    private Booking bookInTransaction(BookingRequest r) {
        Elder elder = elders.findById(r.elderId().value())
                .orElseThrow(() -> new BookingRefusedException(UNKNOWN_ELDER, "no elder " + r.elderId()));
        ServiceItem service = services.findByCode(r.serviceCode()).filter(ServiceItem::isActive)
                .orElseThrow(() -> new BookingRefusedException(UNKNOWN_SERVICE, "no service " + r.serviceCode()));
        int minutes = r.durationMinutes() != null ? r.durationMinutes() : service.getDefaultMinutes();
        LocalDateTime now = LocalDateTime.now(clock);
        LeadTime.check(service, r.channel(), r.startsAt(), now, catalog.bookingHorizon());

        Optional<Coverage> coverage = entitlements.coverageFor(r.elderId(), r.startsAt().toLocalDate());
        Optional<Ledger> ledger = coverage.map(c -> entitlements.lockAndOpen(c, r.startsAt().toLocalDate()));
        lockElderAndRefuseClash(elder, service, r.startsAt(), minutes, null, now, r.channel());
        Worker worker = slots.reserve(elder, service, r.startsAt(), minutes, null)
                .orElseThrow(() -> noCapacity(elder, service, r.startsAt(), minutes, now, r.channel(), null));

        Booking booking = bookings.saveAndFlush(new Booking(r, service.getId(), minutes, worker.getId(), clock.instant()));
        if (coverage.isPresent()) {
            Coverage c = coverage.get();
            long cost = c.policy().costOf(minutes, service.getPricePerHourFen());
            long held = holdOrRefuse(c, ledger.get(), booking, cost, r.selfPayAccepted(), r.requestedBy());
            booking.held(c.accountId(), held, clock.instant());
        }
        return booking;
    }

    /**
     * Runs every check of {@link #book} and reports what would be booked, then rolls back: the
     * dialog reads this back to the caller before asking for confirmation.
     */
    public BookingQuote quote(BookingRequest request) {
        return tx.execute(status -> {
            status.setRollbackOnly();
            Booking b = bookInTransaction(request);
            ServiceItem service = services.findById(b.getServiceId()).orElseThrow();
            long elderPays = coverageOf(b)
                    .map(c -> c.policy().elderShareFen(c.policy().costOf(b.getDurationMinutes(), service.getPricePerHourFen())
                            - b.getHeldAmount(), service.getPricePerHourFen()))
                    .orElse(SubsidyPolicy.fenFor(b.getDurationMinutes(), service.getPricePerHourFen()));
            return new BookingQuote(b.getStartsAt(), b.getDurationMinutes(), b.getAccountId() != null,
                    b.getHeldAmount(), elderPays, workerName(b.getWorkerId()));
        });
    }

    /** Records the elder's satisfaction (1–5) with a completed visit; a later rating replaces an earlier one. */
    @Transactional
    public ServiceRecord rate(Long bookingId, int stars) {
        ServiceRecord r = records.findByBookingId(bookingId)
                .orElseThrow(() -> new BookingRefusedException(UNKNOWN_BOOKING, "no recorded visit for booking " + bookingId));
        r.rate(stars, clock.instant());
        return r;
    }

    /** Completed visits of the last {@code days} days, newest first. */
    @Transactional(readOnly = true)
    public List<ServiceRecord> recentRecords(ElderId elderId, int days) {
        List<Long> ids = bookings.findTop10ByElderIdAndStartsAtLessThanOrderByStartsAtDesc(elderId.value(),
                LocalDateTime.now(clock)).stream()
                .filter(b -> b.getStatus() == BookingStatus.COMPLETED
                        && b.getStartsAt().isAfter(LocalDateTime.now(clock).minusDays(days)))
                .map(Booking::getId).toList();
        return ids.isEmpty() ? List.of() : records.findByBookingIdInOrderByRecordedAtDesc(ids);
    }

    @Transactional(readOnly = true)
    public String workerName(Long workerId) {
        return workerId == null ? null : workers.findById(workerId).map(Worker::getFullName).orElse(null);
    }

    /** Cancels a booking that has not started yet and gives its hold back. */
    @Transactional
    public Booking cancel(Long bookingId, String reason, String actor) {
        TextTooLongException.check("reason", reason, MAX_CANCEL_REASON);
        Booking booking = changeable(bookingId);
        releaseHold(booking, "cancelled: " + reason, actor);
        booking.cancel(reason, clock.instant());
        events.publishEvent(new BookingCancelled(booking.bookingId(), new ElderId(booking.getElderId()), reason));
        return booking;
    }

    /**
     * Moves a booking to a new start, with the same lead-time, elder-overlap (the booking itself
     * aside), capacity and entitlement rules as booking.
     */
    @Transactional
    public Booking reschedule(Long bookingId, LocalDateTime newStart, Channel channel, String actor) {
        Booking booking = changeable(bookingId);
        Elder elder = elders.findById(booking.getElderId()).orElseThrow();
        ServiceItem service = services.findById(booking.getServiceId()).orElseThrow();
        LocalDateTime now = LocalDateTime.now(clock);
        LeadTime.check(service, channel, newStart, now, catalog.bookingHorizon());

        Optional<Coverage> newCoverage = entitlements.coverageFor(elder.elderId(), newStart.toLocalDate());
        // Lock order as in booking: the account first, then the elder, then the worker.
        newCoverage.ifPresent(c -> entitlements.lockAndOpen(c, newStart.toLocalDate()));
        lockElderAndRefuseClash(elder, service, newStart, booking.getDurationMinutes(), booking.getId(), now, channel);
        Worker worker = slots.reserve(elder, service, newStart, booking.getDurationMinutes(), booking.getId())
                .orElseThrow(() -> noCapacity(elder, service, newStart, booking.getDurationMinutes(), now, channel,
                        booking.getId()));

        boolean selfPayBefore = booking.getAccountId() != null && booking.getHeldAmount() < costOf(booking, service);
        releaseHold(booking, "moved to " + newStart, actor);
        booking.moveTo(newStart, worker.getId(), clock.instant());
        booking.held(null, 0, clock.instant());
        if (newCoverage.isPresent()) {
            Coverage c = newCoverage.get();
            long cost = c.policy().costOf(booking.getDurationMinutes(), service.getPricePerHourFen());
            // The old hold was released just now, possibly in this same window: read the ledger afresh.
            Ledger fresh = entitlements.lockAndOpen(c, newStart.toLocalDate());
            booking.held(c.accountId(), holdOrRefuse(c, fresh, booking, cost, selfPayBefore, actor), clock.instant());
        }
        events.publishEvent(new BookingConfirmed(booking.bookingId(), elder.elderId()));
        return booking;
    }

    /**
     * Records a finished visit: the hold becomes consumption of the actual time; what the
     * entitlement does not cover is billed to the elder (never refused). The visit settles in its own
     * month, or in the next open one when its month is closed for settlement (a late recording).
     */
    @Transactional
    public ServiceRecord recordService(Long bookingId, int actualMinutes, boolean confirmedByElder, String note,
            String actor) {
        TextTooLongException.check("note", note, MAX_NOTE);
        if (actualMinutes <= 0) {
            throw new IllegalArgumentException("A recorded visit lasts at least one minute");
        }
        Booking booking = bookings.lockById(bookingId)
                .orElseThrow(() -> new BookingRefusedException(UNKNOWN_BOOKING, "no booking " + bookingId));
        if (records.findByBookingId(bookingId).isPresent() || !booking.getStatus().isActive()) {
            throw new BookingRefusedException(ALREADY_RECORDED, "booking " + bookingId + " is " + booking.getStatus());
        }
        ServiceItem service = services.findById(booking.getServiceId()).orElseThrow();
        long covered = 0;
        long subsidyFen = 0;
        long elderPaysFen;
        Optional<Coverage> coverage = coverageOf(booking);
        if (coverage.isPresent()) {
            SubsidyPolicy policy = coverage.get().policy();
            long cost = policy.costOf(actualMinutes, service.getPricePerHourFen());
            long uncovered = entitlements.consume(coverage.get(), booking.getId(), booking.getStartsAt().toLocalDate(),
                    cost, actor);
            covered = cost - uncovered;
            subsidyFen = policy.subsidyFen(covered);
            elderPaysFen = policy.elderShareFen(uncovered, service.getPricePerHourFen());
        } else {
            elderPaysFen = SubsidyPolicy.fenFor(actualMinutes, service.getPricePerHourFen());
        }
        // Lock order: booking, account (consume), then the settlement month, which close takes alone.
        YearMonth settleIn = settlementMonths.settleIn(booking.getStartsAt().toLocalDate());
        booking.changeStatus(BookingStatus.COMPLETED, clock.instant());
        events.publishEvent(new BookingClosed(booking.bookingId()));
        return records.save(new ServiceRecord(booking.getId(), actualMinutes, confirmedByElder, covered, subsidyFen,
                elderPaysFen, settleIn, note, clock.instant()));
    }

    /**
     * Closes a visit that happened without charging it (staff's decision on a disputed visit): the hold
     * goes back, the booking is completed with a record of no minutes and nothing to pay.
     */
    @Transactional
    public ServiceRecord recordWithoutCharge(Long bookingId, String note, String actor) {
        TextTooLongException.check("note", note, MAX_NOTE);
        Booking booking = bookings.findById(bookingId)
                .orElseThrow(() -> new BookingRefusedException(UNKNOWN_BOOKING, "no booking " + bookingId));
        // Lock order as everywhere: the account first, then the booking.
        coverageOf(booking).ifPresent(c -> entitlements.lockAndOpen(c, booking.getStartsAt().toLocalDate()));
        Booking locked = bookings.lockById(bookingId).orElseThrow();
        if (records.findByBookingId(bookingId).isPresent() || !locked.getStatus().isActive()) {
            throw new BookingRefusedException(ALREADY_RECORDED, "booking " + bookingId + " is " + locked.getStatus());
        }
        releaseHold(locked, "released without charge: " + note, actor);
        locked.changeStatus(BookingStatus.COMPLETED, clock.instant());
        events.publishEvent(new BookingClosed(locked.bookingId()));
        // A visit released without charge still settles (at zero) in its month, or the next open one.
        YearMonth settleIn = settlementMonths.settleIn(locked.getStartsAt().toLocalDate());
        return records.save(new ServiceRecord(locked.getId(), 0, false, 0, 0, 0, settleIn, note, clock.instant()));
    }

    /** The worker is at the door: a confirmed or dispatched booking is now in service (no longer cancellable). */
    @Transactional
    public Booking startService(Long bookingId) {
        Booking booking = bookings.lockById(bookingId)
                .orElseThrow(() -> new BookingRefusedException(UNKNOWN_BOOKING, "no booking " + bookingId));
        if (booking.getStatus() == BookingStatus.CONFIRMED || booking.getStatus() == BookingStatus.DISPATCHED) {
            booking.changeStatus(BookingStatus.IN_SERVICE, clock.instant());
        }
        return booking;
    }

    /** The policy the booking's hold is under, if any: its rules (e.g. how visit minutes round) apply to it. */
    @Transactional(readOnly = true)
    public Optional<SubsidyPolicy> policyOf(Long bookingId) {
        return bookings.findById(bookingId).flatMap(this::coverageOf).map(Coverage::policy);
    }

    /** The worker came but the elder was not there, or the visit did not happen: the hold goes back. */
    @Transactional
    public Booking markNoShow(Long bookingId, String actor) {
        Booking booking = changeable(bookingId);
        releaseHold(booking, "no-show", actor);
        booking.changeStatus(BookingStatus.NO_SHOW, clock.instant());
        events.publishEvent(new BookingClosed(booking.bookingId()));
        return booking;
    }

    @Transactional
    public Booking advance(Long bookingId, BookingStatus to) {
        Booking booking = bookings.lockById(bookingId)
                .orElseThrow(() -> new BookingRefusedException(UNKNOWN_BOOKING, "no booking " + bookingId));
        boolean allowed = (booking.getStatus() == BookingStatus.CONFIRMED && to == BookingStatus.DISPATCHED)
                || (booking.getStatus() == BookingStatus.DISPATCHED && to == BookingStatus.IN_SERVICE);
        if (!allowed) {
            throw new BookingRefusedException(NOT_CHANGEABLE, booking.getStatus() + " cannot become " + to);
        }
        booking.changeStatus(to, clock.instant());
        return booking;
    }

    @Transactional(readOnly = true)
    public List<Booking> upcoming(ElderId elderId) {
        return bookings.findByElderIdAndStatusInAndStartsAtGreaterThanEqualOrderByStartsAt(elderId.value(),
                BookingStatus.ACTIVE, LocalDateTime.now(clock).toLocalDate().atStartOfDay());
    }

    @Transactional(readOnly = true)
    public List<Booking> recent(ElderId elderId) {
        return bookings.findTop10ByElderIdAndStartsAtLessThanOrderByStartsAtDesc(elderId.value(), LocalDateTime.now(clock));
    }

    /**
     * The services the elder books, most booked first: their usual services, which menus offer first.
     * A cancelled booking does not count; a visit that happened or is still to come does.
     */
    @Transactional(readOnly = true)
    public List<Long> usualServiceIds(ElderId elderId) {
        return bookings.serviceIdsByBookings(elderId.value(), BookingStatus.CANCELLED);
    }

    @Transactional(readOnly = true)
    public Optional<Booking> find(Long bookingId) {
        return bookings.findById(bookingId);
    }

    @Transactional(readOnly = true)
    public Optional<ServiceRecord> recordOf(Long bookingId) {
        return records.findByBookingId(bookingId);
    }

    private long holdOrRefuse(Coverage c, Ledger ledger, Booking booking, long cost, boolean selfPay, String actor) {
        try {
            return entitlements.hold(c, ledger, booking.getId(), cost, selfPay, actor);
        } catch (InsufficientEntitlementException e) {
            throw new BookingRefusedException(INSUFFICIENT_BALANCE,
                    "left " + e.available() + " " + e.unit() + ", needed " + e.requested());
        }
    }

    private long costOf(Booking booking, ServiceItem service) {
        return coverageOf(booking).map(c -> c.policy().costOf(booking.getDurationMinutes(), service.getPricePerHourFen()))
                .orElse(0L);
    }

    private Booking changeable(Long bookingId) {
        Booking booking = bookings.findById(bookingId)
                .orElseThrow(() -> new BookingRefusedException(UNKNOWN_BOOKING, "no booking " + bookingId));
        // Lock order: account first, then the booking itself.
        coverageOf(booking).ifPresent(c -> entitlements.lockAndOpen(c, booking.getStartsAt().toLocalDate()));
        Booking locked = bookings.lockById(bookingId).orElseThrow();
        if (!locked.getStatus().isChangeable()) {
            throw new BookingRefusedException(NOT_CHANGEABLE, "booking " + bookingId + " is " + locked.getStatus());
        }
        return locked;
    }

    private void releaseHold(Booking booking, String reason, String actor) {
        coverageOf(booking).ifPresent(c ->
                entitlements.release(c, booking.getId(), booking.getStartsAt().toLocalDate(), reason, actor));
    }

    private Optional<Coverage> coverageOf(Booking booking) {
        if (booking.getAccountId() == null) {
            return Optional.empty();
        }
        return entitlements.coverageFor(new ElderId(booking.getElderId()), booking.getStartsAt().toLocalDate())
                .filter(c -> c.accountId().equals(booking.getAccountId()));
    }

    /**
     * Takes the elder's row lock and refuses a time when the elder already has a visit this one may
     * not overlap. The lock is taken after the account's and before the worker's, and always: the
     * account's lock alone would not do, as a paid elder has none and two overlapping visits can fall
     * under different accounts (a policy ending at midnight).
     */
    private void lockElderAndRefuseClash(Elder elder, ServiceItem service, LocalDateTime start, int minutes,
            Long movingBookingId, LocalDateTime now, Channel channel) {
        elders.lockById(elder.getId()).orElseThrow();
        Optional<Booking> clash = slots.elderClash(elder, service, start, minutes, movingBookingId);
        if (clash.isPresent()) {
            Booking b = clash.get();
            ServiceItem other = services.findById(b.getServiceId()).orElseThrow();
            throw BookingRefusedException.elderBusy(
                    new BookingRefusedException.Clash(b.getId(), other.getCode(), other.getNameZh(), b.getStartsAt(),
                            b.getDurationMinutes()),
                    start, slots.nearestFree(elder, service, searchFrom(service, channel, start, now), minutes,
                            SUGGESTIONS, movingBookingId));
        }
    }

    private BookingRefusedException noCapacity(Elder elder, ServiceItem service, LocalDateTime start, int minutes,
            LocalDateTime now, Channel channel, Long movingBookingId) {
        return new BookingRefusedException(NO_CAPACITY, "no worker free for " + service.getCode() + " at " + start,
                null, slots.nearestFree(elder, service, searchFrom(service, channel, start, now), minutes, SUGGESTIONS,
                        movingBookingId));
    }

    /** Alternatives are sought from the start of the requested day, or the lead time's earliest start if later. */
    private static LocalDateTime searchFrom(ServiceItem service, Channel channel, LocalDateTime start, LocalDateTime now) {
        LocalDateTime earliest = LeadTime.earliestStart(service, channel, now);
        LocalDateTime dayStart = start.toLocalDate().atStartOfDay();
        return dayStart.isAfter(earliest) ? dayStart : earliest;
    }

    private static Booking sameElder(Booking booking, BookingRequest request) {
        if (!booking.getElderId().equals(request.elderId().value())) {
            throw new IllegalArgumentException("Request key " + request.requestKey() + " belongs to another elder");
        }
        return booking;
    }
}

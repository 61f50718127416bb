package cn.yinling.hotline.cases.visit;

import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRepository;
import cn.yinling.hotline.cases.catalog.ServiceItem;
import cn.yinling.hotline.cases.catalog.ServiceItemRepository;
import cn.yinling.hotline.cases.dispatch.WorkOrder;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.ElderRepository;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.PhoneNumber;
import cn.yinling.hotline.cases.provider.Worker;
import cn.yinling.hotline.cases.provider.WorkerRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The visits of a day as the console shows them, each with its {@link VisitStatus} as of now. */
@Service
public class VisitBoard {

    private final VisitRepository visits;
    private final BookingRepository bookings;
    private final ElderRepository elderRows;
    private final Elders elders;
    private final WorkerRepository workers;
    private final ServiceItemRepository services;
    private final VisitProperties properties;
    private final Clock clock;

    VisitBoard(VisitRepository visits, BookingRepository bookings, ElderRepository elderRows, Elders elders,
            WorkerRepository workers, ServiceItemRepository services, VisitProperties properties, Clock clock) {
        this.visits = visits;
        this.bookings = bookings;
        this.elderRows = elderRows;
        this.elders = elders;
        this.workers = workers;
        this.services = services;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every work order starting on {@code day}, by start time. */
    @Transactional(readOnly = true)
    public List<VisitRow> day(LocalDate day) {
        List<WorkOrder> orders = visits.ordersStarting(day.atStartOfDay(), day.plusDays(1).atStartOfDay());
        if (orders.isEmpty()) {
            return List.of();
        }
        Map<Long, Visit> byOrder = visits.findByWorkOrderIdIn(orders.stream().map(WorkOrder::getId).toList()).stream()
                .collect(Collectors.toMap(Visit::getWorkOrderId, Function.identity()));
        Map<Long, Booking> bookingById = byId(bookings.findAllById(ids(orders, WorkOrder::getBookingId)), Booking::getId);
        Map<Long, Elder> elderById = byId(elderRows.findAllById(ids(orders, WorkOrder::getElderId)), Elder::getId);
        Map<Long, Worker> workerById = byId(workers.findAllById(ids(orders, WorkOrder::getWorkerId)), Worker::getId);
        Map<Long, ServiceItem> serviceById = byId(services.findAllById(ids(orders, WorkOrder::getServiceId)),
                ServiceItem::getId);
        LocalDateTime now = LocalDateTime.now(clock);
        return orders.stream().map(o -> row(o, byOrder.get(o.getId()), bookingById.get(o.getBookingId()),
                elderById.get(o.getElderId()), workerById.get(o.getWorkerId()), serviceById.get(o.getServiceId()), now))
                .toList();
    }

    /** One visit of the page, by its work order (a forged id finds nothing). */
    @Transactional(readOnly = true)
    public VisitRow one(long orderId) {
        WorkOrder o = visits.findOrder(orderId).orElseThrow(() -> new NoSuchElementException("no order " + orderId));
        return row(o, visits.findByWorkOrderId(orderId).orElse(null), bookings.findById(o.getBookingId()).orElseThrow(),
                elderRows.findById(o.getElderId()).orElseThrow(), workers.findById(o.getWorkerId()).orElseThrow(),
                services.findById(o.getServiceId()).orElseThrow(), LocalDateTime.now(clock));
    }

    /**
     * Today's visits that need staff (late, not checked out, disputed): the count in the console's nav,
     * on every page, so from the orders, visits and bookings alone (three queries, no names or phones).
     */
    @Transactional(readOnly = true)
    public long needingStaffToday() {
        LocalDate day = today();
        List<WorkOrder> orders = visits.ordersStarting(day.atStartOfDay(), day.plusDays(1).atStartOfDay());
        if (orders.isEmpty()) {
            return 0;
        }
        Map<Long, Visit> byOrder = visits.findByWorkOrderIdIn(orders.stream().map(WorkOrder::getId).toList()).stream()
                .collect(Collectors.toMap(Visit::getWorkOrderId, Function.identity()));
        Map<Long, Booking> bookingById = byId(bookings.findAllById(ids(orders, WorkOrder::getBookingId)), Booking::getId);
        LocalDateTime now = LocalDateTime.now(clock);
        return orders.stream().filter(o -> VisitStatus.of(o, byOrder.get(o.getId()),
                bookingById.get(o.getBookingId()).getStatus(), now, properties).needsStaff()).count();
    }

    private VisitRow row(WorkOrder o, Visit v, Booking b, Elder e, Worker w, ServiceItem s, LocalDateTime now) {
        VisitStatus status = VisitStatus.of(o, v, b.getStatus(), now, properties);
        String phone = elders.phonesOf(new ElderId(o.getElderId())).stream().findFirst().map(PhoneNumber::digits)
                .orElse(null);
        Optional<Visit> visit = Optional.ofNullable(v);
        return new VisitRow(o.getId(), visit.map(Visit::getId).orElse(null), o.getBookingId(), o.getElderId(),
                e.getFullName(), phone, w.getId(), w.getFullName(), w.getWorkerNumber(), w.getPhone(), s.getNameZh(),
                o.getStartsAt(), o.getDurationMinutes(), status, visit.map(Visit::proof).orElse(null),
                visit.map(Visit::getArrivedAt).orElse(null), visit.map(Visit::getLeftAt).orElse(null),
                visit.map(Visit::getRecordedMinutes).orElse(null), visit.map(Visit::getConsumedMinutes).orElse(null),
                visit.map(Visit::getElderRating).orElse(null), visit.map(Visit::getHeldBecause).orElse(null),
                visit.map(Visit::getComplaintCaseId).orElse(null), visit.map(Visit::getDecidedBy).orElse(null),
                visit.map(Visit::getDecisionReason).orElse(null));
    }

    private static List<Long> ids(List<WorkOrder> orders, Function<WorkOrder, Long> id) {
        return orders.stream().map(id).distinct().toList();
    }

    private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}

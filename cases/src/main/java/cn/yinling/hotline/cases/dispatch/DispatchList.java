package cn.yinling.hotline.cases.dispatch;

import cn.yinling.hotline.cases.catalog.ServiceItem;
import cn.yinling.hotline.cases.catalog.ServiceItemRepository;
import cn.yinling.hotline.cases.dispatch.DispatchLine.Notice;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderRepository;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.PhoneNumber;
import cn.yinling.hotline.cases.provider.Provider;
import cn.yinling.hotline.cases.provider.ProviderRepository;
import cn.yinling.hotline.cases.provider.Worker;
import cn.yinling.hotline.cases.provider.WorkerRepository;
import cn.yinling.hotline.cases.sms.TextMessage;
import cn.yinling.hotline.cases.sms.TextMessages;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The daily dispatch list (派工单): the work orders of one day, for one provider or worker or all. */
@Service
public class DispatchList {

    private final WorkOrderRepository orders;
    private final ElderRepository elderRows;
    private final Elders elders;
    private final ServiceItemRepository services;
    private final WorkerRepository workers;
    private final ProviderRepository providers;
    private final TextMessages messages;
    private final WorkerNotices notices;

    DispatchList(WorkOrderRepository orders, ElderRepository elderRows, Elders elders, ServiceItemRepository services,
            WorkerRepository workers, ProviderRepository providers, TextMessages messages, WorkerNotices notices) {
        this.orders = orders;
        this.elderRows = elderRows;
        this.elders = elders;
        this.services = services;
        this.workers = workers;
        this.providers = providers;
        this.messages = messages;
        this.notices = notices;
    }

    /** The day's orders, cancelled and done ones included, in time order; null filters mean all. */
    @Transactional(readOnly = true)
    public List<DispatchLine> day(LocalDate day, Long providerId, Long workerId) {
        List<WorkOrder> found = orders.findByStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAscIdAsc(
                day.atStartOfDay(), day.plusDays(1).atStartOfDay()).stream()
                .filter(o -> providerId == null || providerId.equals(o.getProviderId()))
                .filter(o -> workerId == null || workerId.equals(o.getWorkerId()))
                .toList();
        return lines(found);
    }

    @Transactional(readOnly = true)
    public Optional<DispatchLine> order(long orderId) {
        return orders.findById(orderId).map(o -> lines(List.of(o)).get(0));
    }

    @Transactional(readOnly = true)
    public Optional<DispatchLine> ofBooking(long bookingId) {
        return orders.findByBookingId(bookingId).map(o -> lines(List.of(o)).get(0));
    }

    /** Every SMS about the order, to whichever worker, oldest first. */
    @Transactional(readOnly = true)
    public List<TextMessage> messagesAbout(long orderId) {
        return orders.findById(orderId).map(o -> messages.about(WorkerNotices.reference(o))).orElse(List.of());
    }

    private List<DispatchLine> lines(List<WorkOrder> found) {
        Map<Long, Elder> elderOf = byId(elderRows.findAllById(ids(found, WorkOrder::getElderId)), Elder::getId);
        Map<Long, Worker> workerOf = byId(workers.findAllById(ids(found, WorkOrder::getWorkerId)), Worker::getId);
        Map<Long, Provider> providerOf = byId(providers.findAllById(ids(found, WorkOrder::getProviderId)), Provider::getId);
        Map<Long, ServiceItem> serviceOf = byId(services.findAllById(ids(found, WorkOrder::getServiceId)), ServiceItem::getId);
        Map<String, List<TextMessage>> sent = messages.aboutAny(found.stream().map(WorkerNotices::reference).toList())
                .stream().collect(Collectors.groupingBy(TextMessage::getReference));
        Map<Long, String> phoneOf = new HashMap<>();
        return found.stream().map(o -> {
            Elder e = elderOf.get(o.getElderId());
            Worker w = workerOf.get(o.getWorkerId());
            String phone = phoneOf.computeIfAbsent(e.getId(),
                    id -> elders.phonesOf(e.elderId()).stream().findFirst().map(PhoneNumber::digits).orElse(""));
            return new DispatchLine(o.getId(), o.getBookingId(), o.getStartsAt(), o.getDurationMinutes(), e.getId(),
                    e.getFullName(), WorkerNotices.title(e), e.getCommunity(), e.getAddress(), phone,
                    serviceOf.get(o.getServiceId()).getNameZh(), w.getId(), w.getFullName(), w.getWorkerNumber(),
                    o.getProviderId(), providerOf.get(o.getProviderId()).getName(), o.getVisitCode(), o.getState(),
                    o.getRevision(), notice(w, sent.getOrDefault(WorkerNotices.reference(o), List.of())));
        }).toList();
    }

    private Notice notice(Worker w, List<TextMessage> about) {
        Optional<PhoneNumber> mobile = notices.mobileOf(w);
        if (mobile.isEmpty()) {
            return Notice.NO_MOBILE;
        }
        return about.stream().filter(m -> m.getPhone().equals(mobile.get().digits())).reduce((a, b) -> b)
                .map(m -> Notice.valueOf(m.getState().name())).orElse(Notice.NONE);
    }

    private static Collection<Long> ids(List<WorkOrder> found, Function<WorkOrder, Long> id) {
        return found.stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        return rows.stream().collect(Collectors.toMap(id, r -> r));
    }
}

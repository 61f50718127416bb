package cn.yinling.hotline.cases.dispatch;

import cn.yinling.hotline.cases.CasesProperties;
import cn.yinling.hotline.cases.catalog.ServiceItemRepository;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.ElderRepository;
import cn.yinling.hotline.cases.elder.InvalidPhoneNumberException;
import cn.yinling.hotline.cases.elder.PhoneNumber;
import cn.yinling.hotline.cases.elder.Sex;
import cn.yinling.hotline.cases.provider.Worker;
import cn.yinling.hotline.cases.provider.WorkerRepository;
import cn.yinling.hotline.cases.sms.SmsWording;
import cn.yinling.hotline.cases.sms.TextMessages;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells workers of their work orders by SMS, in the transaction that changed the order (so the
 * change and its notice commit together): a new order, a new time or length, and an order taken
 * away (cancelled, or handed to another worker, who gets it as a new order). Nothing is sent about
 * a visit already over (a no-show or a served visit closed afterwards), nor to a worker without a
 * mobile number: their orders are on the dispatch list, which says they were not texted.
 */
@Component
public class WorkerNotices {

    public static final String ISSUED = "dispatch.issued";
    public static final String CHANGED = "dispatch.changed";
    public static final String CANCELLED = "dispatch.cancelled";

    private static final Logger log = LoggerFactory.getLogger(WorkerNotices.class);

    private final TextMessages messages;
    private final WorkerRepository workers;
    private final ElderRepository elders;
    private final ServiceItemRepository services;
    private final DispatchProperties properties;
    private final CasesProperties cases;
    private final Clock clock;
    private final DateTimeFormatter when = DateTimeFormatter.ofPattern(SmsWording.pattern("dispatch.when"), Locale.CHINA);

    WorkerNotices(TextMessages messages, WorkerRepository workers, ElderRepository elders, ServiceItemRepository services,
            DispatchProperties properties, CasesProperties cases, Clock clock) {
        this.messages = messages;
        this.workers = workers;
        this.elders = elders;
        this.services = services;
        this.properties = properties;
        this.cases = cases;
        this.clock = clock;
    }

    /** The reference of every message about this order. */
    public static String reference(WorkOrder order) {
        return "work_order:" + order.getId();
    }

    @EventListener
    void on(WorkOrderChanged e) {
        WorkOrderChange change = e.change();
        WorkOrder order = change.order();
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime before = change.previousStartsAt();
        boolean newTimeAhead = order.endsAt().isAfter(now);
        boolean oldTimeAhead = before != null && before.plusMinutes(order.getDurationMinutes()).isAfter(now);
        switch (change.kind()) {
            case ISSUED -> tell(order.getWorkerId(), ISSUED, order, order.getStartsAt(), newTimeAhead);
            case CHANGED -> tell(order.getWorkerId(), CHANGED, order, order.getStartsAt(), newTimeAhead);
            case REASSIGNED -> {
                tell(change.previousWorkerId(), CANCELLED, order, before, oldTimeAhead);
                tell(order.getWorkerId(), ISSUED, order, order.getStartsAt(), newTimeAhead);
            }
            case CANCELLED -> tell(order.getWorkerId(), CANCELLED, order, order.getStartsAt(), newTimeAhead);
            case DONE, UNCHANGED -> {
            }
        }
    }

    /** The worker's mobile number, if they have one an SMS can reach (a landline cannot). */
    public Optional<PhoneNumber> mobileOf(Worker worker) {
        if (worker.getPhone() == null || worker.getPhone().isBlank()) {
            return Optional.empty();
        }
        try {
            PhoneNumber n = PhoneNumber.parse(worker.getPhone(), cases.defaultAreaCode());
            return n.kind() == PhoneNumber.Kind.MOBILE ? Optional.of(n) : Optional.empty();
        } catch (InvalidPhoneNumberException ex) {
            return Optional.empty();
        }
    }

    private void tell(Long workerId, String template, WorkOrder order, LocalDateTime start, boolean ahead) {
        if (!ahead) {
            return;
        }
        Worker worker = workers.findById(workerId).orElseThrow();
        Optional<PhoneNumber> mobile = mobileOf(worker);
        if (mobile.isEmpty()) {
            log.info("Worker {} has no mobile number: work order {} ({}) is on the dispatch list only", workerId,
                    order.getId(), template);
            return;
        }
        messages.queue(mobile.get(), template, params(template, order, start), reference(order));
    }

    /** In the order the templates use them. */
    private Map<String, String> params(String template, WorkOrder order, LocalDateTime start) {
        Elder elder = elders.findById(order.getElderId()).orElseThrow();
        String service = services.findById(order.getServiceId()).orElseThrow().getNameZh();
        Map<String, String> p = new LinkedHashMap<>();
        String time = when.format(start);
        String minutes = String.valueOf(order.getDurationMinutes());
        switch (template) {
            case ISSUED -> {
                p.put("time", time);
                p.put("service", service);
                p.put("minutes", minutes);
                p.put("elder", title(elder));
                p.put("address", elder.getAddress());
                p.put("hotline", properties.hotlineNumber());
                p.put("code", order.getVisitCode());
            }
            case CHANGED -> {
                p.put("elder", title(elder));
                p.put("address", elder.getAddress());
                p.put("service", service);
                p.put("time", time);
                p.put("minutes", minutes);
                p.put("code", order.getVisitCode());
            }
            default -> {
                p.put("time", time);
                p.put("elder", title(elder));
                p.put("service", service);
            }
        }
        return p;
    }

    /** 王阿姨, 李大爷: how a worker greets the elder at the door. */
    public static String title(Elder elder) {
        return SmsWording.text(elder.getSex() == Sex.FEMALE ? "dispatch.title.female" : "dispatch.title.male",
                Map.of("surname", elder.surname()));
    }
}

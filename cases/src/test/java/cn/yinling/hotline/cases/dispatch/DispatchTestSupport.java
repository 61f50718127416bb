package cn.yinling.hotline.cases.dispatch;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.provider.Worker;
import cn.yinling.hotline.cases.provider.WorkerRepository;
import cn.yinling.hotline.cases.sms.TextMessage;
import cn.yinling.hotline.cases.sms.TextMessageRepository;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import java.util.Map;

/** Workers with mobile numbers and a look at the SMS queue, for the dispatch tests. */
abstract class DispatchTestSupport extends CasesSpringTest {

    private static final AtomicInteger PHONE = new AtomicInteger(1000);

    @Autowired
    WorkOrders workOrders;
    @Autowired
    WorkOrderRepository orderRows;
    @Autowired
    WorkerRepository workers;
    @Autowired
    TextMessageRepository textMessages;
    @Autowired
    JdbcTemplate jdbc;

    /** A worker of this test's community who does everything, every day 08:00–20:00, with a mobile number. */
    Worker workerWithMobile(String name) {
        Worker w = street.worker(community, 1, name);
        String mobile = "1390555" + String.format("%04d", PHONE.incrementAndGet());
        w.update(w.getProviderId(), w.getWorkerNumber(), w.getFullName(), mobile, w.categories());
        return workers.save(w);
    }

    WorkOrder orderOf(Long bookingId) {
        return orderRows.findByBookingId(bookingId).orElseThrow();
    }

    List<TextMessage> messagesAbout(WorkOrder order) {
        return textMessages.findByReferenceOrderById(WorkerNotices.reference(order));
    }

    static Map<String, String> params(TextMessage m) {
        return JsonMapper.builder().build().readValue(m.getParams(), new TypeReference<Map<String, String>>() {
        });
    }
}

package cn.yinling.hotline.cases.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingStatus;
import cn.yinling.hotline.cases.booking.WorkerReassignments;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.provider.Worker;
import cn.yinling.hotline.cases.sms.SmsWording;
import cn.yinling.hotline.cases.sms.TextMessage;
import cn.yinling.hotline.cases.sms.TextMessageState;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Workers hear of every change to their orders by SMS, queued with the change: a new order, a new
 * time, a hand-over (the old worker told not to come, the new one given the order) and a
 * cancellation; nothing for a worker without a mobile number, nor about a visit already over.
 */
class WorkerNoticesTest extends DispatchTestSupport {

    private static final LocalDateTime THURSDAY_10 = LocalDateTime.of(2026, 3, 5, 10, 0);

    @Autowired
    WorkerReassignments reassignments;

    @Test
    void aNewOrderTellsTheWorkerWhoWhereWhatWhenTheHotlineAndTheVisitCode() {
        Worker w = workerWithMobile("张丽");
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        Booking b = book(e, "cleaning", THURSDAY_10, 90);

        WorkOrder order = orderOf(b.getId());
        List<TextMessage> sent = messagesAbout(order);
        assertThat(sent).hasSize(1);
        TextMessage m = sent.get(0);
        assertThat(m.getPhone()).isEqualTo(w.getPhone());
        assertThat(m.getTemplate()).isEqualTo("dispatch.issued");
        assertThat(m.getState()).isEqualTo(TextMessageState.QUEUED);
        assertThat(m.getReference()).isEqualTo("work_order:" + order.getId());
        assertThat(params(m)).containsEntry("elder", "王阿姨").containsEntry("address", e.getAddress())
                .containsEntry("minutes", "90").containsEntry("time", "3月5日10:00")
                .containsEntry("hotline", "12349").containsEntry("code", order.getVisitCode());
        assertThat(params(m).keySet()).containsExactly("time", "service", "minutes", "elder", "address", "hotline", "code");
        String text = SmsWording.text(m);
        assertThat(text).startsWith("派工：3月5日10:00").contains("90分钟，王阿姨，" + e.getAddress())
                .contains("到门口用老人电话拨12349，").endsWith("工单码" + order.getVisitCode() + "。").doesNotContain("${");
        // The order is out: the booking is dispatched, and can still be moved or cancelled.
        Booking after = bookings.find(b.getId()).orElseThrow();
        assertThat(after.getStatus()).isEqualTo(BookingStatus.DISPATCHED);
        assertThat(after.getStatus().isChangeable()).isTrue();
    }

    @Test
    void aMoveTellsTheSameWorkerTheNewTimeWithTheSameCode() {
        workerWithMobile("张丽");
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        Booking b = book(e, "cleaning", THURSDAY_10, 60);
        String code = orderOf(b.getId()).getVisitCode();

        bookings.reschedule(b.getId(), THURSDAY_10.plusDays(1).plusHours(4), b.getChannel(), "test");
        List<TextMessage> sent = messagesAbout(orderOf(b.getId()));
        assertThat(sent).extracting(TextMessage::getTemplate).containsExactly("dispatch.issued", "dispatch.changed");
        assertThat(params(sent.get(1))).containsEntry("time", "3月6日14:00").containsEntry("code", code);
        assertThat(SmsWording.text(sent.get(1))).startsWith("改时间：王阿姨（").contains("改到3月6日14:00，60分钟");
        assertThat(bookings.find(b.getId()).orElseThrow().getStatus()).isEqualTo(BookingStatus.DISPATCHED);
    }

    @Test
    void aHandOverTellsTheOldWorkerNotToComeAndGivesTheNewWorkerTheOrderWithANewCode() {
        Worker first = workerWithMobile("张丽");
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        Booking b = book(e, "cleaning", THURSDAY_10, 60);
        assertThat(b.getWorkerId()).isEqualTo(first.getId());
        String oldCode = orderOf(b.getId()).getVisitCode();
        Worker second = workerWithMobile("李红");

        reassignments.reassign(b.getId(), second.getId());
        WorkOrder order = orderOf(b.getId());
        assertThat(order.getWorkerId()).isEqualTo(second.getId());
        assertThat(order.getVisitCode()).isNotEqualTo(oldCode);
        List<TextMessage> sent = messagesAbout(order);
        assertThat(sent).extracting(TextMessage::getPhone, TextMessage::getTemplate).containsExactly(
                org.assertj.core.groups.Tuple.tuple(first.getPhone(), "dispatch.issued"),
                org.assertj.core.groups.Tuple.tuple(first.getPhone(), "dispatch.cancelled"),
                org.assertj.core.groups.Tuple.tuple(second.getPhone(), "dispatch.issued"));
        assertThat(SmsWording.text(sent.get(1))).isEqualTo("取消：3月5日10:00 王阿姨的" + params(sent.get(0)).get("service")
                + "不用去了，请勿上门。");
        assertThat(params(sent.get(2))).containsEntry("code", order.getVisitCode());
    }

    @Test
    void aMoveToAnotherWorkerTellsTheOldWorkerTheTimeTheyKnew() {
        Worker morning = workerWithMobile("张丽");
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        Booking b = book(e, "cleaning", THURSDAY_10, 60);
        assertThat(b.getWorkerId()).isEqualTo(morning.getId());
        // The first worker is busy at the new time: the move hands the visit to the other one.
        book(street.elderWithPolicy(community, "ANQING_FREE"), "cleaning", THURSDAY_10.plusDays(1), 60);
        Worker other = workerWithMobile("李红");
        bookings.reschedule(b.getId(), THURSDAY_10.plusDays(1), b.getChannel(), "test");

        List<TextMessage> sent = messagesAbout(orderOf(b.getId()));
        assertThat(sent).hasSize(3);
        assertThat(sent.get(1).getPhone()).isEqualTo(morning.getPhone());
        assertThat(params(sent.get(1))).containsEntry("time", "3月5日10:00");
        assertThat(sent.get(2).getPhone()).isEqualTo(other.getPhone());
        assertThat(params(sent.get(2))).containsEntry("time", "3月6日10:00");
    }

    @Test
    void aCancellationTellsTheWorkerNotToCome() {
        Worker w = workerWithMobile("张丽");
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        Booking b = book(e, "cleaning", THURSDAY_10, 60);

        bookings.cancel(b.getId(), "老人住院", "test");
        List<TextMessage> sent = messagesAbout(orderOf(b.getId()));
        assertThat(sent).extracting(TextMessage::getTemplate).containsExactly("dispatch.issued", "dispatch.cancelled");
        assertThat(sent.get(1).getPhone()).isEqualTo(w.getPhone());
        assertThat(orderOf(b.getId()).getState()).isEqualTo(WorkOrderState.CANCELLED);
    }

    @Test
    void aWorkerWithoutAMobileGetsTheOrderButNoSms() {
        Worker w = street.worker(community, 1, "赵敏");
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        Booking b = book(e, "cleaning", THURSDAY_10, 60);
        WorkOrder order = orderOf(b.getId());
        assertThat(order.getWorkerId()).isEqualTo(w.getId());
        assertThat(order.getState()).isEqualTo(WorkOrderState.ISSUED);
        assertThat(messagesAbout(order)).isEmpty();

        // A landline cannot take an SMS either.
        w.update(w.getProviderId(), w.getWorkerNumber(), w.getFullName(), "05552345678", w.categories());
        workers.save(w);
        bookings.cancel(b.getId(), "不需要了", "test");
        assertThat(messagesAbout(order)).isEmpty();
    }

    @Test
    void nothingIsSentAboutAVisitAlreadyOver() {
        workerWithMobile("张丽");
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        Booking b = book(e, "cleaning", THURSDAY_10, 60);
        clock.set(THURSDAY_10.plusHours(2));
        bookings.markNoShow(b.getId(), "test"); // its order follows at once (BookingClosed)
        assertThat(workOrders.forBooking(b.getId()).orElseThrow().getState()).isEqualTo(WorkOrderState.CANCELLED);
        assertThat(workOrders.follow(b.getId(), "test").kind()).isEqualTo(WorkOrderChange.Kind.UNCHANGED);
        assertThat(messagesAbout(orderOf(b.getId()))).extracting(TextMessage::getTemplate).containsExactly("dispatch.issued");
        clock.advance(Duration.ofDays(1));
    }
}

package cn.yinling.hotline.cases.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingStatus;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.provider.Worker;
import cn.yinling.hotline.cases.sms.TextMessage;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Nothing missed: a booking whose order was lost or fell out of step (a crash between the booking's
 * commit and the order's) is put right by the sweep, and its worker told once; a second sweep, as
 * another node's, changes nothing. On whichever database the subclass runs.
 */
abstract class DispatchSweepTest extends DispatchTestSupport {

    private static final LocalDateTime THURSDAY_10 = LocalDateTime.of(2026, 3, 5, 10, 0);

    @Autowired
    DispatchSweep sweep;

    @Test
    void aLostOrderIsIssuedAgainAndTheWorkerToldOnce() {
        Worker w = workerWithMobile("张丽");
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        Booking b = book(e, "cleaning", THURSDAY_10, 60);
        WorkOrder lost = orderOf(b.getId());
        jdbc.update("delete from text_message where reference = ?", WorkerNotices.reference(lost));
        jdbc.update("delete from work_order where id = ?", lost.getId());
        jdbc.update("update booking set status = 'CONFIRMED' where id = ?", b.getId());

        assertThat(sweep.sweep()).isPositive();
        WorkOrder order = orderOf(b.getId());
        assertThat(order.getWorkerId()).isEqualTo(w.getId());
        assertThat(order.getState()).isEqualTo(WorkOrderState.ISSUED);
        assertThat(order.getUpdatedBy()).isEqualTo("dispatch-sweep");
        assertThat(bookings.find(b.getId()).orElseThrow().getStatus()).isEqualTo(BookingStatus.DISPATCHED);
        assertThat(messagesAbout(order)).extracting(TextMessage::getTemplate).containsExactly("dispatch.issued");

        sweep.sweep();
        assertThat(messagesAbout(order)).hasSize(1);
        assertThat(orderOf(b.getId()).getRevision()).isEqualTo(1);
    }

    @Test
    void aBookingMovedWithoutItsOrderHasTheOrderMovedAndTheWorkerToldTheNewTime() {
        workerWithMobile("张丽");
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        Booking b = book(e, "cleaning", THURSDAY_10, 60);
        jdbc.update("update booking set starts_at = ?, duration_minutes = 90 where id = ?",
                Timestamp.valueOf(THURSDAY_10.plusHours(3)), b.getId());

        sweep.sweep();
        WorkOrder order = orderOf(b.getId());
        assertThat(order.getStartsAt()).isEqualTo(THURSDAY_10.plusHours(3));
        assertThat(order.getDurationMinutes()).isEqualTo(90);
        assertThat(order.getRevision()).isEqualTo(2);
        List<TextMessage> sent = messagesAbout(order);
        assertThat(sent).extracting(TextMessage::getTemplate).containsExactly("dispatch.issued", "dispatch.changed");
        assertThat(params(sent.get(1))).containsEntry("time", "3月5日13:00").containsEntry("minutes", "90");
    }

    @Test
    void aCancellationWhoseOrderWasMissedCancelsTheOrderAndTellsTheWorker() {
        workerWithMobile("张丽");
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        Booking b = book(e, "cleaning", THURSDAY_10, 60);
        jdbc.update("update booking set status = 'CANCELLED' where id = ?", b.getId());

        sweep.sweep();
        assertThat(orderOf(b.getId()).getState()).isEqualTo(WorkOrderState.CANCELLED);
        assertThat(messagesAbout(orderOf(b.getId()))).extracting(TextMessage::getTemplate)
                .containsExactly("dispatch.issued", "dispatch.cancelled");
    }

    @Test
    void theSweepLooksOnlyAtTheComingDays() {
        workerWithMobile("张丽");
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        Booking later = book(e, "cleaning", THURSDAY_10.plusDays(20), 60);
        jdbc.update("delete from text_message where reference = ?", WorkerNotices.reference(orderOf(later.getId())));
        jdbc.update("delete from work_order where booking_id = ?", later.getId());
        sweep.sweep();
        assertThat(orderRows.findByBookingId(later.getId())).isEmpty();
        clock.set(THURSDAY_10.plusDays(10));
        sweep.sweep();
        assertThat(orderRows.findByBookingId(later.getId())).isPresent();
    }
}

package cn.yinling.hotline.cases.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.dispatch.WorkOrderChange.Kind;
import cn.yinling.hotline.cases.elder.Elder;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class WorkOrdersTest extends CasesSpringTest {

    private static final LocalDateTime THURSDAY_10 = LocalDateTime.of(2026, 3, 5, 10, 0);

    @Autowired
    WorkOrders workOrders;

    @Test
    void aConfirmedBookingGetsAnOrderForItsWorkerWithASixDigitCode() {
        street.worker(community, 1);
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        Booking b = book(e, "cleaning", THURSDAY_10, 60);

        WorkOrder order = workOrders.forBooking(b.getId()).orElseThrow();
        assertThat(order.getWorkerId()).isEqualTo(b.getWorkerId());
        assertThat(order.getStartsAt()).isEqualTo(THURSDAY_10);
        assertThat(order.getState()).isEqualTo(WorkOrderState.ISSUED);
        assertThat(order.getVisitCode()).matches("\\d{6}");
        assertThat(order.getRevision()).isEqualTo(1);
        assertThat(workOrders.follow(b.getId(), "test").kind()).isEqualTo(Kind.UNCHANGED);
    }

    @Test
    void aMoveChangesTheOrderAndACancellationEndsIt() {
        street.worker(community, 1);
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        Booking b = book(e, "cleaning", THURSDAY_10, 60);
        String code = workOrders.forBooking(b.getId()).orElseThrow().getVisitCode();

        bookings.reschedule(b.getId(), THURSDAY_10.plusDays(1), b.getChannel(), "test");
        WorkOrder moved = workOrders.forBooking(b.getId()).orElseThrow();
        assertThat(moved.getStartsAt()).isEqualTo(THURSDAY_10.plusDays(1));
        assertThat(moved.getRevision()).isEqualTo(2);
        assertThat(moved.getVisitCode()).isEqualTo(code);

        bookings.cancel(b.getId(), "不需要了", "test");
        assertThat(workOrders.forBooking(b.getId()).orElseThrow().getState()).isEqualTo(WorkOrderState.CANCELLED);
    }
}

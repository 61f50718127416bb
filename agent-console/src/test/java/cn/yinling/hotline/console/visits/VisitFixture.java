package cn.yinling.hotline.console.visits;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRequest;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.dispatch.WorkOrder;
import cn.yinling.hotline.cases.dispatch.WorkOrders;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.provider.Worker;
import cn.yinling.hotline.cases.provider.WorkerRepository;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.console.ConsoleTestApplication;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One two-hour cleaning at 10:00 on a day of its own (so other tests' visits are not on its page), for
 * an elder with an Anqing voucher and a landline, by a worker with a number and a phone.
 */
public final class VisitFixture {

    private static final AtomicInteger SEQ = new AtomicInteger();

    public final Worker worker;
    public final Elder elder;
    public final String elderPhone;
    public final Booking booking;
    public final LocalDateTime start;
    private final WorkOrders workOrders;

    public VisitFixture(TestStreet street, TestClock clock, Elders elders, Bookings bookings, WorkOrders workOrders,
            WorkerRepository workers, String elderName) {
        this.workOrders = workOrders;
        int n = SEQ.incrementAndGet();
        start = ConsoleTestApplication.START.plusDays(60 + n).withHour(10);
        clock.set(ConsoleTestApplication.START);
        String community = street.newCommunity();
        Worker w = street.worker(community, 1, "张秀兰");
        w.update(w.getProviderId(), String.valueOf(500000 + n), w.getFullName(), "1397777" + String.format("%04d", n),
                w.categories());
        worker = workers.save(w);
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        elders.update(e.elderId(), x -> x.rename(elderName));
        elder = e;
        elderPhone = "0555" + String.format("%07d", 4000000 + n);
        elders.addPhone(e.elderId(), elderPhone);
        booking = bookings.book(new BookingRequest(e.elderId(), "cleaning", start, 120, Channel.VOICE, "test",
                UUID.randomUUID().toString(), false, null));
    }

    public WorkOrder order() {
        return workOrders.forBooking(booking.getId()).orElseThrow();
    }

    public String page() {
        return "/console/visits?day=" + start.toLocalDate();
    }
}

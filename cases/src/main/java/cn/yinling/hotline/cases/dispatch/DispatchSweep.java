package cn.yinling.hotline.cases.dispatch;

import cn.yinling.hotline.cases.booking.BookingStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nothing missed: an order is issued after its booking commits, so a node dying between the two
 * commits leaves a booking without its order (or with an order out of step). Every node looks every
 * {@code hotline.dispatch.sweep-every} for such bookings of the coming days and brings each in step in
 * a transaction of its own. Running on several nodes at once is safe: {@link WorkOrders#follow} locks
 * the booking and does nothing to an order already in step, so each worker is told once.
 */
@Component
public class DispatchSweep {

    static final String ACTOR = "dispatch-sweep";
    private static final Logger log = LoggerFactory.getLogger(DispatchSweep.class);
    private static final Set<BookingStatus> ACTIVE = EnumSet.copyOf(
            Arrays.stream(BookingStatus.values()).filter(BookingStatus::isActive).toList());

    private final WorkOrders workOrders;
    private final WorkOrderRepository orders;
    private final DispatchProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;

    DispatchSweep(WorkOrders workOrders, WorkOrderRepository orders, DispatchProperties properties,
            PlatformTransactionManager transactions, Clock clock) {
        this.workOrders = workOrders;
        this.orders = orders;
        this.properties = properties;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${hotline.dispatch.sweep-every:PT5M}",
            initialDelayString = "${hotline.dispatch.sweep-every:PT5M}")
    void tick() {
        try {
            int fixed = sweep();
            if (fixed > 0) {
                log.warn("Dispatch sweep: {} bookings had their work order missing or out of step; put right", fixed);
            }
        } catch (RuntimeException e) {
            // The next tick tries again; a database that blinked must not end the timer.
            log.error("Could not sweep work orders", e);
        }
    }

    /** Brings every out-of-step booking from today on in step; returns how many it found out of step. */
    public int sweep() {
        LocalDate today = LocalDate.now(clock);
        List<Long> bookingIds = tx.execute(s -> orders.bookingsOutOfStep(today.atStartOfDay(),
                today.plusDays(properties.sweepDays()).atStartOfDay(), ACTIVE, BookingStatus.CONFIRMED,
                WorkOrderState.ISSUED));
        int changed = 0;
        for (Long id : bookingIds) {
            try {
                // Another node (or the booking's own listener) may have done it meanwhile: then nothing changes.
                tx.execute(s -> workOrders.follow(id, ACTOR));
                changed++;
            } catch (RuntimeException e) {
                log.error("Could not bring the work order of booking {} in step", id, e);
            }
        }
        return changed;
    }
}

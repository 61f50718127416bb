package cn.yinling.hotline.bot.wechat;

import static cn.yinling.hotline.bot.reply.SpokenChinese.dateShort;
import static cn.yinling.hotline.bot.reply.SpokenChinese.timeShort;

import cn.yinling.hotline.bot.reply.Messages;
import cn.yinling.hotline.cases.LoadingHistory;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingCancelled;
import cn.yinling.hotline.cases.booking.BookingConfirmed;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.CaseOpened;
import cn.yinling.hotline.cases.casework.CaseType;
import cn.yinling.hotline.cases.catalog.ServiceCatalog;
import cn.yinling.hotline.cases.catalog.ServiceItem;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.FamilyContact;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells family members about their elder's bookings, cancellations, emergencies and check-in
 * alerts, by customer-service message, when their WeChat account is bound and they consented.
 * Sent after the change is committed, on a thread of its own, so neither the booking nor the
 * caller waits for WeChat; a failed delivery is logged by {@link CustomerService}.
 */
class FamilyNotifier implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FamilyNotifier.class);

    private final Elders elders;
    private final Bookings bookings;
    private final ServiceCatalog catalog;
    private final CustomerService customerService;
    private final Messages msg = new Messages();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "wechat-family-notifier");
        t.setDaemon(true);
        return t;
    });


    FamilyNotifier(Elders elders, Bookings bookings, ServiceCatalog catalog, CustomerService customerService) {
        this.elders = elders;
        this.bookings = bookings;
        this.catalog = catalog;
        this.customerService = customerService;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(BookingConfirmed e) {
        later(e.elderId(), () -> bookings.find(e.bookingId().value())
                .map(b -> booking("notify.bookingConfirmed", b)).orElse(null));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(BookingCancelled e) {
        later(e.elderId(), () -> bookings.find(e.bookingId().value())
                .map(b -> booking("notify.bookingCancelled", b)).orElse(null));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CaseOpened e) {
        String key = e.type() == CaseType.EMERGENCY ? "notify.emergency"
                : e.type() == CaseType.CHECKIN_ALERT ? "notify.checkinAlert" : null;
        if (key != null && e.elderId() != null) {
            later(e.elderId(), () -> elderName -> msg.text(key, elderName));
        }
    }

    /** Composes (given the elder's name) and sends the message on the notifier's thread. */
    private void later(ElderId elderId, Supplier<Function<String, String>> compose) {
        // The start-up's history (the demo street's replayed bookings) is nothing to notify.
        if (LoadingHistory.onThisThread()) {
            return;
        }
        try {
            sender.execute(() -> send(elderId, compose));
        } catch (RejectedExecutionException e) {
            log.warn("Family notification for elder {} dropped: shutting down", elderId);
        }
    }

    private void send(ElderId elderId, Supplier<Function<String, String>> compose) {
        try {
            List<FamilyContact> recipients = elders.familyOf(elderId).stream()
                    .filter(f -> f.getWechatOpenid() != null && f.isNotifyConsent())
                    .toList();
            if (recipients.isEmpty()) {
                return;
            }
            Function<String, String> text = compose.get();
            if (text == null) {
                return;
            }
            String message = text.apply(elders.get(elderId).getFullName());
            recipients.forEach(f -> customerService.send(f.getWechatOpenid(), message));
        } catch (RuntimeException e) {
            log.warn("Family notification for elder {} failed", elderId, e);
        }
    }

    private Function<String, String> booking(String key, Booking b) {
        String service = catalog.byId(b.getServiceId()).map(ServiceItem::getNameZh).orElse("");
        return elderName -> msg.text(key, elderName, service, dateShort(b.getStartsAt().toLocalDate()),
                timeShort(b.getStartsAt().toLocalTime()));
    }

    @Override
    public void destroy() {
        sender.shutdown();
    }
}

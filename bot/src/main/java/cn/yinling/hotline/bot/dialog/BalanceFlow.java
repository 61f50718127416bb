package cn.yinling.hotline.bot.dialog;

import static cn.yinling.hotline.bot.reply.SpokenChinese.date;
import static cn.yinling.hotline.bot.reply.SpokenChinese.dateShort;
import static cn.yinling.hotline.bot.reply.SpokenChinese.minutes;
import static cn.yinling.hotline.bot.reply.SpokenChinese.money;

import cn.yinling.hotline.bot.reply.Line;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingStatus;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.catalog.ServiceCatalog;
import cn.yinling.hotline.cases.catalog.ServiceItem;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.entitlement.Balance;
import cn.yinling.hotline.cases.entitlement.Entitlements;
import cn.yinling.hotline.cases.policy.EntitlementUnit;
import java.util.List;

/** Hours or yuan left this period, what expires when, and the last services. */
final class BalanceFlow implements Flow {

    private final Entitlements entitlements;
    private final Bookings bookings;
    private final ServiceCatalog catalog;
    private final Elders elders;

    BalanceFlow(Entitlements entitlements, Bookings bookings, ServiceCatalog catalog, Elders elders) {
        this.entitlements = entitlements;
        this.bookings = bookings;
        this.catalog = catalog;
        this.elders = elders;
    }

    @Override
    public boolean owns(Step step) {
        return false;
    }

    @Override
    public boolean answer(Turn t) {
        return false;
    }

    @Override
    public void start(Turn t) {
        t.state.clearTask();
        List<Balance> balances = entitlements.balances(t.elder());
        String whose = t.whose(elders); // a family member asks about their elder's subsidy, not their own
        if (balances.isEmpty()) {
            t.say(new Line(t.msg.text("balance.none", whose), t.msg.speech("balance.none", "")));
        }
        for (Balance b : balances) {
            boolean monthly = b.windowStart().getMonthValue() == b.expiresOn().getMonthValue();
            String period = t.msg.text(monthly ? "period.month" : "period.quarter");
            String shared = b.sharedByHousehold() ? t.msg.text("balance.household") : "";
            String key = b.unit() == EntitlementUnit.MINUTES ? "balance.hours" : "balance.money";
            t.say(new Line(
                    t.msg.text(key, period, BookingFlow.amount(b.unit(), Math.max(0, b.available())) + shared,
                            dateShort(b.expiresOn()), whose),
                    t.msg.speech(key, period, spoken(b.unit(), Math.max(0, b.available())), date(b.expiresOn()))));
            if (b.held() > 0) {
                t.say(new Line(t.msg.text("balance.held", BookingFlow.amount(b.unit(), b.held())),
                        t.msg.speech("balance.held", spoken(b.unit(), b.held()))));
            }
        }
        List<Booking> recent = bookings.recent(t.elder()).stream()
                .filter(b -> b.getStatus() == BookingStatus.COMPLETED)
                .limit(3)
                .toList();
        t.say(recent.isEmpty() ? t.msg.line("balance.noRecent")
                : new Line(t.msg.text("balance.recent", String.join("、", recent.stream().map(b -> describe(t, b)).toList())),
                        t.msg.speech("balance.recent", String.join("，", recent.stream().map(b -> say(t, b)).toList()))));
        Menu.offer(t);
    }

    private String describe(Turn t, Booking b) {
        String name = catalog.byId(b.getServiceId()).map(ServiceItem::getNameZh).orElse("");
        return t.msg.text("balance.recentItem", dateShort(b.getStartsAt().toLocalDate()), name);
    }

    /** The same, with the date in words for the phone. */
    private String say(Turn t, Booking b) {
        String name = catalog.byId(b.getServiceId()).map(ServiceItem::getNameZh).orElse("");
        return t.msg.text("balance.recentItem", date(b.getStartsAt().toLocalDate()), name);
    }

    private static String spoken(EntitlementUnit unit, long value) {
        return unit == EntitlementUnit.MINUTES ? minutes(value) : money(value);
    }
}

package cn.yinling.hotline.bot.dialog;

import static cn.yinling.hotline.bot.BotTestApplication.START;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.reply.Option;
import cn.yinling.hotline.bot.reply.Reply;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRequest;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.catalog.ServiceCatalog;
import cn.yinling.hotline.cases.catalog.ServiceItem;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The booking menu puts the services an elder books most at the front, and reaches every service by keys. */
class UsualServicesDialogTest extends DialogTest {

    @Autowired
    Bookings bookings;
    @Autowired
    ServiceCatalog catalog;

    @Nested
    class ANewElder {

        @Test
        void hearsTheCatalogsGroupsInCatalogOrder() {
            String phone = elderWithPhone("ANQING_FREE");
            call(phone);
            assertThat(labels(press(phone, "1"))).containsExactly("家政服务", "生活照料", "医疗保健", "其他服务");
            assertThat(labels(press(phone, "1"))).containsExactly("打扫卫生", "洗衣服", "家电维修", "管道疏通");
        }

        @Test
        void reachesEveryServiceOfTheCatalogByKeys() {
            String phone = elderWithPhone("ANQING_FREE");
            call(phone);
            List<String> reached = new ArrayList<>();
            reach(phone, List.of("1"), reached);
            assertThat(reached).containsExactlyInAnyOrderElementsOf(
                    catalog.activeServices().stream().map(ServiceItem::getNameZh).toList());
        }

        /** Presses {@code keys} in a fresh call, then walks every option of the menu it leads to. */
        private void reach(String phone, List<String> keys, List<String> reached) {
            Reply menu = replay(phone, keys);
            assertThat(menu.options()).hasSizeBetween(1, 4);
            for (Option o : menu.options()) {
                List<String> next = new ArrayList<>(keys);
                next.add(o.key());
                Reply after = replay(phone, next);
                if (after.text().contains("哪一天")) {
                    reached.add(o.label());
                } else {
                    reach(phone, next, reached);
                }
            }
        }

        private Reply replay(String phone, List<String> keys) {
            engine.handle(Inbound.event(Channel.VOICE, phone, InputKind.HANGUP));
            Reply r = call(phone);
            for (String k : keys) {
                r = press(phone, k);
            }
            return r;
        }
    }

    @Nested
    class AnElderWithBookings {

        @Test
        void hearsTheGroupOfHerMostBookedServiceFirstAndThatServiceFirstInIt() {
            String phone = elderWithPhone("ANQING_FREE");
            book(phone, "companionship", START.plusDays(2));
            book(phone, "companionship", START.plusDays(9));
            book(phone, "bathing", START.plusDays(5));
            call(phone);
            assertThat(labels(press(phone, "1"))).containsExactly("精神慰藉", "生活照料", "家政服务", "其他服务");
            assertThat(labels(press(phone, "1"))).containsExactly("陪伴聊天", "心理疏导", "节日慰问");
            assertThat(press(phone, "1").text()).contains("哪一天");
        }

        @Test
        void aSecondGroupOfHerUsualServicesStartsWithThatService() {
            String phone = elderWithPhone("ANQING_FREE");
            book(phone, "companionship", START.plusDays(2));
            book(phone, "companionship", START.plusDays(9));
            book(phone, "bathing", START.plusDays(5));
            call(phone);
            press(phone, "1");
            assertThat(labels(press(phone, "2"))).containsExactly("助浴", "助餐送餐", "理发", "上门做饭");
        }

        @Test
        void cancelledBookingsDoNotMakeAServiceUsual() {
            String phone = elderWithPhone("ANQING_FREE");
            Booking b = book(phone, "day_care", START.plusDays(5));
            bookings.cancel(b.getId(), "测试", "test");
            call(phone);
            assertThat(labels(press(phone, "1"))).containsExactly("家政服务", "生活照料", "医疗保健", "其他服务");
        }

        @Test
        void inChatTheSameMenuIsOfferedAndAGroupCanBeTypedByName() {
            String phone = elderWithPhone("ANQING_FREE");
            book(phone, "bathing", START.plusDays(5));
            String sender = "usual-" + phone;
            engine.handle(Inbound.event(Channel.WEB, sender, InputKind.START));
            engine.handle(Inbound.text(Channel.WEB, sender, "预约服务"));
            engine.handle(Inbound.text(Channel.WEB, sender, phone));
            Reply groups = engine.handle(Inbound.text(Channel.WEB, sender,
                    elders.get(elderOf(phone).elderId()).idNumber().lastFour()));
            assertThat(labels(groups)).containsExactly("生活照料", "家政服务", "医疗保健", "其他服务");
            assertThat(labels(engine.handle(Inbound.text(Channel.WEB, sender, "生活照料"))))
                    .containsExactly("助浴", "助餐送餐", "理发", "上门做饭");
        }
    }

    private Booking book(String phone, String service, LocalDateTime at) {
        return bookings.book(new BookingRequest(elderOf(phone).elderId(), service, at, null, Channel.CONSOLE, "test",
                UUID.randomUUID().toString(), true, null));
    }

    private static List<String> labels(Reply r) {
        return r.options().stream().map(Option::label).toList();
    }
}

package cn.yinling.hotline.bot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.reply.Reply;
import cn.yinling.hotline.bot.reply.ReplyRenderer;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRequest;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.elder.Elder;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An elder asking for a second visit at a time she already has one hears the clash and the free times. */
class ElderBusyDialogTest extends DialogTest {

    private static final LocalDateTime WEDNESDAY_9 = LocalDateTime.of(2026, 3, 4, 9, 0);

    @Autowired
    Bookings bookings;

    @Test
    void aSecondServiceAtTheSameTimeIsRefusedWithTheClashAndAFreeTimeIsPicked() {
        String phone = elderWithPhone("ANQING_FREE");
        Booking chat = book(elderOf(phone), "companionship", WEDNESDAY_9);

        Reply clash = say(phone, "预约后天上午的打扫卫生");
        assertThat(clash.text()).contains("3月4日(周三)09:00到10:00已经约了陪伴聊天").contains("这几个时间有空")
                .doesNotContain("确认");
        assertThat(new ReplyRenderer().forVoice(clash)).startsWith("您三月四日星期三上午九点已经约了陪伴聊天，时间冲突了。")
                .contains("三月四日星期三上午十点按1");
        assertThat(clash.options()).hasSize(4);
        assertThat(clash.options().get(0).label()).isEqualTo("3月4日(周三)10:00");

        Reply readBack = press(phone, "1");
        assertThat(readBack.text()).contains("打扫卫生").contains("10:00").contains("确认");
        assertThat(press(phone, "1").text()).contains("预约好了");
        assertThat(bookings.upcoming(elderOf(phone).elderId())).hasSize(2).anySatisfy(b -> {
            assertThat(b.getId()).isNotEqualTo(chat.getId());
            assertThat(b.getStartsAt()).isEqualTo(WEDNESDAY_9.plusHours(1));
        });
    }

    @Test
    void movingAVisitOntoAnotherSaysTheClashAndAsksForAnotherDay() {
        String phone = elderWithPhone("ANQING_FREE");
        Booking cleaning = book(elderOf(phone), "cleaning", WEDNESDAY_9.plusDays(1));
        book(elderOf(phone), "companionship", LocalDateTime.of(2026, 3, 9, 9, 30));

        Reply confirm = say(phone, "保洁别周四来了，改到下周一");
        assertThat(confirm.text()).contains("3月9日").contains("09:00");
        Reply refused = press(phone, "1");
        assertThat(refused.text()).contains("09:30到10:30已经约了陪伴聊天").contains("要改到哪一天");
        assertThat(bookings.find(cleaning.getId()).orElseThrow().getStartsAt()).isEqualTo(WEDNESDAY_9.plusDays(1));
    }

    private Booking book(Elder e, String service, LocalDateTime at) {
        return bookings.book(new BookingRequest(e.elderId(), service, at, null, Channel.VOICE, "test",
                UUID.randomUUID().toString(), false, null));
    }
}

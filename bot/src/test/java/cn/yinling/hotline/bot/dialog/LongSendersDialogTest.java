package cn.yinling.hotline.bot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.reply.Action;
import cn.yinling.hotline.bot.reply.Reply;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.Cases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The longest senders a channel accepts (a web chat session id of 64 characters, an openid of 64)
 * are served to the end: what they do is recorded under "web:…" or "wechat:…", which once did not
 * fit the columns that name who did something, and the turn failed.
 */
class LongSendersDialogTest extends DialogTest {

    @Autowired
    Cases cases;
    @Autowired
    Bookings bookings;

    @Test
    void aWebChatWithTheLongestSessionIdIsHandedToAPerson() {
        String session = longest("web-", community);
        Reply r = engine.handle(Inbound.text(Channel.WEB, session, "我要找人工客服"));
        assertThat(r.has(Action.Handover.class)).isTrue();
        assertThat(cases.timeline(r.action(Action.Handover.class).caseId())).first()
                .satisfies(e -> assertThat(e.getActor()).isEqualTo("web:" + session));
    }

    @Test
    void aWebChatWithTheLongestSessionIdBooks() {
        String phone = elderWithPhone("ANQING_FREE");
        String session = longest("web-book-", community);
        engine.handle(Inbound.text(Channel.WEB, session, "预约后天上午的打扫卫生"));
        engine.handle(Inbound.text(Channel.WEB, session, phone));
        assertThat(engine.handle(Inbound.text(Channel.WEB, session, elderOf(phone).idNumber().lastFour())).text())
                .contains("确认");
        assertThat(engine.handle(Inbound.text(Channel.WEB, session, "确认")).text()).contains("预约好了");
        assertThat(bookings.upcoming(elderOf(phone).elderId())).singleElement()
                .satisfies(b -> assertThat(b.getRequestedBy()).isEqualTo("web:" + session));
    }

    @Test
    void aWechatSenderWithTheLongestOpenidReportsAnEmergency() {
        String openid = longest("openid-", community);
        Reply r = engine.handle(Inbound.text(Channel.WECHAT, openid, "救命，我妈摔倒了"));
        assertThat(r.has(Action.Handover.class)).isTrue();
        assertThat(r.action(Action.Handover.class).priority().level()).isEqualTo(1);
    }

    private static String longest(String prefix, String community) {
        String s = prefix + community.replaceAll("[^A-Za-z0-9_-]", "");
        return s + "x".repeat(64 - s.length());
    }
}

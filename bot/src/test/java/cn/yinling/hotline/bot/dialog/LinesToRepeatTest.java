package cn.yinling.hotline.bot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.reply.Reply;
import cn.yinling.hotline.bot.session.SessionStore;
import cn.yinling.hotline.cases.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A caller can hear the last reply again (* or silence); a chat has it on screen and keeps no copy. */
class LinesToRepeatTest extends DialogTest {

    @Autowired
    SessionStore store;

    @Test
    void aCallKeepsTheLastReplyToRepeatIt() {
        String phone = elderWithPhone("ANQING_FREE");
        Reply greeting = call(phone);

        assertThat(store.load("voice:" + phone).json()).contains("\"lastLines\"");
        assertThat(press(phone, "*").lines()).isEqualTo(greeting.lines());
    }

    @Test
    void aChatKeepsOnlyTheOptionsOfTheLastReply() {
        engine.handle(Inbound.text(Channel.WECHAT, "openid-lines-to-repeat", "你好"));

        String json = store.load("wechat:openid-lines-to-repeat").json();
        assertThat(json).doesNotContain("\"lastLines\"").contains("\"lastOptions\"");
    }
}

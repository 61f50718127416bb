package cn.yinling.hotline.bot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.reply.Action;
import cn.yinling.hotline.bot.reply.Reply;
import cn.yinling.hotline.bot.session.SessionStore;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.conversation.Conversation;
import cn.yinling.hotline.cases.conversation.Conversations;
import cn.yinling.hotline.cases.elder.Elder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A phone call is a session of its own: what a caller proved ends with the call, however it ends. */
class CallSessionTest extends DialogTest {

    private static final String STRANGER = "13999997777";

    @Autowired
    SessionStore store;
    @Autowired
    Conversations conversations;

    @Test
    void anotherCallFromTheSameNumberIsNotIdentifiedByTheFirst() {
        String phone = elderWithPhone("ANQING_FREE");
        Elder elder = elderOf(phone);
        on("call-1", InputKind.START);
        on("call-1", "2");
        on("call-1", phone + "#");
        assertThat(on("call-1", elder.idNumber().lastFour()).text()).contains("核对好了");

        on("call-2", InputKind.START);
        assertThat(on("call-2", "2").text()).contains("电话号码").doesNotContain("补贴");
    }

    @Test
    void aHandOverEndsTheCallsSessionAndConversation() {
        on("call-3", InputKind.START);
        Reply handover = on("call-3", "0");
        assertThat(handover.has(Action.Handover.class)).isTrue();
        Conversation c = conversations.latestOf(Channel.VOICE, STRANGER).orElseThrow();

        on("call-3", InputKind.HANDED_OVER);

        assertThat(store.load("voice:" + STRANGER + ":call-3").exists()).isFalse();
        assertThat(conversations.get(c.getId()).getEndReason()).isEqualTo("handover");
    }

    @Test
    void aChatsSessionIsStillItsSenders() {
        assertThat(Inbound.text(Channel.WECHAT, "openid-1", "你好").sessionKey()).isEqualTo("wechat:openid-1");
        assertThat(Inbound.event(Channel.VOICE, STRANGER, InputKind.START).inCall("1733568000.42").sessionKey())
                .isEqualTo("voice:" + STRANGER + ":1733568000.42");
    }

    private Reply on(String call, InputKind kind) {
        return engine.handle(Inbound.event(Channel.VOICE, STRANGER, kind).inCall(call));
    }

    private Reply on(String call, String keys) {
        return engine.handle(Inbound.digits(Channel.VOICE, STRANGER, keys).inCall(call));
    }
}

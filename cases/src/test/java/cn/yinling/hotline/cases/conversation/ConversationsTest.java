package cn.yinling.hotline.cases.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.elder.Elder;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ConversationsTest extends CasesSpringTest {

    @Autowired
    Conversations conversations;

    @Test
    void anAgentSeesWhatAnElderSaidOnEveryChannelInOrder() {
        Elder e = street.elderWithPolicy(community, null);
        Conversation call = conversations.start(Channel.VOICE, "13800000001", e.elderId());
        conversations.append(call.getId(), Turn.incoming(null, "1", null, null, null));
        conversations.append(call.getId(), Turn.outgoing("王阿姨您好，您本月还剩二十小时。"));
        clock.advance(Duration.ofMinutes(5));
        Conversation chat = conversations.start(Channel.WECHAT, "openid-x", null);
        conversations.identify(chat.getId(), e.elderId());
        conversations.append(chat.getId(), Turn.incoming("帮我妈约明天助浴", null, "book_service", 0.93,
                "{\"service\":\"bathing\",\"date\":\"明天\"}"));
        conversations.end(call.getId(), "caller-hangup");
        conversations.end(call.getId(), "goodbye");

        assertThat(conversations.historyOf(e.elderId())).extracting(Message::getDirection, Message::getIntent)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Direction.IN, null),
                        org.assertj.core.groups.Tuple.tuple(Direction.OUT, null),
                        org.assertj.core.groups.Tuple.tuple(Direction.IN, "book_service"));
        assertThat(conversations.get(call.getId()).getEndReason()).isEqualTo("caller-hangup");
    }

    @Test
    void aKeyAndItsAnswerAreRecordedTogetherInTheirOrder() {
        Conversation call = conversations.start(Channel.VOICE, "13800000002", null);
        conversations.record(call.getId(), Turn.incoming(null, "2", null, null, null),
                Turn.outgoing("您本月还剩二十小时。"));
        assertThat(conversations.transcript(call.getId())).extracting(Message::getDirection)
                .containsExactly(Direction.IN, Direction.OUT);
        assertThat(conversations.transcript(call.getId()).get(0).getDtmf()).isEqualTo("2");
    }

    @Test
    void anOversizedMessageIsKeptButCut() {
        Conversation chat = conversations.start(Channel.WEB, "s1", null);
        conversations.append(chat.getId(), Turn.incoming("长".repeat(10_000), null, null, null, null));
        assertThat(conversations.transcript(chat.getId()).get(0).getText()).hasSize(Message.MAX_TEXT);
    }
}

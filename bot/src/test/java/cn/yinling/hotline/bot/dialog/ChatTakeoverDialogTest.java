package cn.yinling.hotline.bot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.reply.Action;
import cn.yinling.hotline.bot.reply.Reply;
import cn.yinling.hotline.bot.takeover.AgentReplies;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.conversation.Conversation;
import cn.yinling.hotline.cases.conversation.Conversations;
import cn.yinling.hotline.cases.conversation.Direction;
import cn.yinling.hotline.cases.conversation.Message;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Once an agent claims the case of a chat, the bot stays silent (emergencies aside) until the chat is handed back. */
class ChatTakeoverDialogTest extends DialogTest {

    @Autowired
    Cases cases;
    @Autowired
    Conversations conversations;
    @Autowired
    AgentRepository agents;
    @Autowired
    AgentReplies agentReplies;

    String session;
    Long caseId;
    Long agentId;

    @BeforeEach
    void handedOverAndClaimed() {
        session = "takeover-" + UUID.randomUUID();
        Reply handover = chat("我要找人工客服");
        caseId = handover.action(Action.Handover.class).caseId();
        agentId = agents.save(new Agent("t-" + UUID.randomUUID().toString().substring(0, 30), "李娜", "x",
                AgentRole.AGENT, null)).getId();
        assertThat(cases.claim(caseId, agentId, "agent:test").claimed()).isTrue();
    }

    @Test
    void claimingTheCaseOfAChatTakesTheConversationOver() {
        Conversation chat = conversations.openChatsOfCase(caseId).get(0);
        assertThat(conversations.isTakenOver(chat.getId())).isTrue();
        assertThat(conversations.get(chat.getId()).getTakenOverBy()).isEqualTo(agentId);
        assertThat(conversations.get(chat.getId()).getTakenOverAt()).isNotNull();
    }

    @Test
    void afterTakeoverAMessageGetsNoBotAnswerAndIsRecordedForTheAgent() {
        Reply r = chat("服务券过期了还能用吗");
        assertThat(r.lines()).isEmpty();
        assertThat(r.options()).isEmpty();
        assertThat(r.action(Action.WithAgent.class).caseId()).isEqualTo(caseId);
        List<Message> transcript = transcript();
        Message last = transcript.get(transcript.size() - 1);
        assertThat(last.getDirection()).isEqualTo(Direction.IN);
        assertThat(last.getText()).isEqualTo("服务券过期了还能用吗");
    }

    @Test
    void anEmergencyStillEscalatesAtOnceWhileAnAgentHasTheChat() {
        Reply r = chat("我妈摔倒了起不来，快救命");
        assertThat(r.has(Action.WithAgent.class)).isFalse();
        assertThat(r.action(Action.Handover.class).priority()).isEqualTo(Priority.EMERGENCY);
        assertThat(r.lines()).isNotEmpty();
    }

    @Test
    void afterHandBackTheBotAnswersAgain() {
        agentReplies.handBack(caseId);
        Reply r = chat("服务券过期了还能用吗");
        assertThat(r.has(Action.WithAgent.class)).isFalse();
        assertThat(r.text()).contains("过期作废");
    }

    @Test
    void closingTheCaseHandsTheChatBack() {
        cases.close(caseId, "RESOLVED", "agent:test");
        assertThat(agentReplies.isTakenOver(caseId)).isFalse();
        assertThat(chat("服务券过期了还能用吗").text()).contains("过期作废");
    }

    private Reply chat(String text) {
        return engine.handle(Inbound.text(Channel.WEB, session, text));
    }

    private List<Message> transcript() {
        return conversations.transcript(conversations.latestOf(Channel.WEB, session).orElseThrow().getId());
    }
}

package cn.yinling.hotline.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.BotTestApplication;
import cn.yinling.hotline.bot.takeover.AgentReplies;
import cn.yinling.hotline.bot.takeover.AgentReplyResult;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.conversation.Conversations;
import cn.yinling.hotline.cases.conversation.Delivery;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A web chat taken over by an agent, over real HTTP: the widget is told so, and fetches the agent's replies. */
@SpringBootTest(classes = BotTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebChatTakeoverTest {

    @LocalServerPort
    int port;
    @Autowired
    Cases cases;
    @Autowired
    Conversations conversations;
    @Autowired
    AgentRepository agents;
    @Autowired
    AgentReplies agentReplies;

    @Test
    void whileAnAgentHasTheChatTheWidgetIsToldSoAndFetchesTheAgentsReply() throws Exception {
        ChatClient chat = new ChatClient(port);
        String session = chat.start();
        assertThat(chat.say(session, "我要找人工客服").body()).contains("\"handover\":{\"caseId\":");
        Long caseId = conversations.latestOf(Channel.WEB, ChatClient.senderOf(session)).orElseThrow().getCaseId();
        Long agent = agents.save(new Agent("web-" + UUID.randomUUID().toString().substring(0, 8), "周强", "x", AgentRole.AGENT, null)).getId();
        cases.claim(caseId, agent, "agent:test");

        HttpResponse<String> quiet = chat.say(session, "我想问问上门助浴的事");
        assertThat(quiet.statusCode()).isEqualTo(200);
        assertThat(quiet.body()).contains("\"withAgent\":true").contains("\"lines\":[]");
        assertThat(chat.messages(session, 0).body()).isEqualTo("[]");

        AgentReplyResult sent = agentReplies.send(caseId, agent, "周强", "您好，我是周强，请说。");
        assertThat(sent.outcome()).isEqualTo(AgentReplyResult.Outcome.STORED);
        HttpResponse<String> fetched = chat.messages(session, 0);
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.body()).contains("您好，我是周强，请说。").contains("\"id\":" + sent.messageId());
        assertThat(chat.messages(session, sent.messageId()).body()).isEqualTo("[]");
        // The visitor's page has it: the agent's transcript says 已送达 instead of 已发送.
        assertThat(conversations.message(sent.messageId()).orElseThrow().getDelivery()).isEqualTo(Delivery.DELIVERED);
    }

    @Test
    void aReplyNotYetFetchedStaysSentNotDelivered() throws Exception {
        ChatClient chat = new ChatClient(port);
        String session = chat.start();
        chat.say(session, "我要找人工客服");
        Long caseId = conversations.latestOf(Channel.WEB, ChatClient.senderOf(session)).orElseThrow().getCaseId();
        Long agent = agents.save(new Agent("web-" + UUID.randomUUID().toString().substring(0, 8), "李娜", "x", AgentRole.AGENT, null)).getId();
        cases.claim(caseId, agent, "agent:test");

        AgentReplyResult first = agentReplies.send(caseId, agent, "李娜", "您好");
        chat.messages(session, 0);
        AgentReplyResult second = agentReplies.send(caseId, agent, "李娜", "请问老人今天在家吗？");

        assertThat(conversations.message(first.messageId()).orElseThrow().getDelivery()).isEqualTo(Delivery.DELIVERED);
        assertThat(conversations.message(second.messageId()).orElseThrow().getDelivery()).isEqualTo(Delivery.STORED);
    }

    @Test
    void aBotAnswerIsNotMarkedWithAgent() throws Exception {
        ChatClient chat = new ChatClient(port);
        assertThat(chat.say(chat.start(), "服务券过期了还能用吗").body()).contains("\"withAgent\":false");
    }

    @Test
    void pollingNeedsTheChatsTokenInItsHeader() throws Exception {
        ChatClient chat = new ChatClient(port);
        assertThat(chat.messages(null, 0).statusCode()).isEqualTo(400);
        assertThat(chat.messages("a<b>", 0).statusCode()).isEqualTo(400);
        assertThat(chat.messages("never-issued-token", 0).statusCode()).isEqualTo(401);
        assertThat(chat.messages(chat.start(), -1).statusCode()).isEqualTo(400);
    }
}

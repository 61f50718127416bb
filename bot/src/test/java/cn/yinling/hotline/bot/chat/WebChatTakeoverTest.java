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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A web chat taken over by an agent, over real HTTP: the widget is told so, and fetches the agent's replies. */
@SpringBootTest(classes = BotTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebChatTakeoverTest {

    private final HttpClient http = HttpClient.newHttpClient();

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
        String session = "web-takeover-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(post(session, "我要找人工客服").body()).contains("\"handover\":{\"caseId\":");
        Long caseId = conversations.latestOf(Channel.WEB, session).orElseThrow().getCaseId();
        Long agent = agents.save(new Agent("web-" + session, "周强", "x", AgentRole.AGENT, null)).getId();
        cases.claim(caseId, agent, "agent:test");

        HttpResponse<String> quiet = post(session, "我想问问上门助浴的事");
        assertThat(quiet.statusCode()).isEqualTo(200);
        assertThat(quiet.body()).contains("\"withAgent\":true").contains("\"lines\":[]");
        assertThat(get(session, 0).body()).isEqualTo("[]");

        AgentReplyResult sent = agentReplies.send(caseId, agent, "周强", "您好，我是周强，请说。");
        assertThat(sent.outcome()).isEqualTo(AgentReplyResult.Outcome.STORED);
        HttpResponse<String> fetched = get(session, 0);
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.body()).contains("您好，我是周强，请说。").contains("\"id\":" + sent.messageId());
        assertThat(get(session, sent.messageId()).body()).isEqualTo("[]");
    }

    @Test
    void aBotAnswerIsNotMarkedWithAgent() throws Exception {
        assertThat(post("web-plain-" + UUID.randomUUID().toString().substring(0, 8), "服务券过期了还能用吗").body())
                .contains("\"withAgent\":false");
    }

    @Test
    void anInvalidSessionIdIsRefused() throws Exception {
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat/a%3Cb%3E/messages"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
        assertThat(get("fine", -1).statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> post(String session, String text) throws Exception {
        String json = "{\"sessionId\":\"" + session + "\",\"text\":\"" + text + "\"}";
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String session, long after) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat/" + session
                + "/messages?after=" + after)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}

package cn.yinling.hotline.console.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.yinling.hotline.bot.dialog.DialogEngine;
import cn.yinling.hotline.bot.dialog.Inbound;
import cn.yinling.hotline.bot.reply.Action;
import cn.yinling.hotline.bot.takeover.AgentReplies;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.conversation.Conversations;
import cn.yinling.hotline.cases.conversation.Delivery;
import cn.yinling.hotline.cases.conversation.Message;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Replying in a taken-over web chat from the workspace, and handing it back: holder only, CSRF, redirect after POST. */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class ChatTakeoverConsoleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAgents testAgents;
    @Autowired
    DialogEngine engine;
    @Autowired
    AgentReplies agentReplies;
    @Autowired
    Conversations conversations;
    @Autowired
    Cases cases;

    Agent holder;
    Agent other;
    String session;
    long caseId;

    @BeforeEach
    void aWebChatHandedOverAndClaimedOnTheConsole() throws Exception {
        holder = testAgents.create(AgentRole.AGENT, "李娜");
        other = testAgents.create(AgentRole.AGENT, "周强");
        session = "console-chat-" + UUID.randomUUID().toString().substring(0, 8);
        caseId = engine.handle(Inbound.text(Channel.WEB, session, "我要找人工客服")).action(Action.Handover.class).caseId();
        mvc.perform(post("/console/cases/" + caseId + "/claim").with(as(holder)).with(csrf()));
        assertThat(agentReplies.isTakenOver(caseId)).isTrue();
    }

    RequestPostProcessor as(Agent a) {
        return user(a.getUsername()).roles(a.getRole().name());
    }

    @Test
    void theHolderSeesTheReplyBoxAndTheFamilysNewMessageOnReload() throws Exception {
        engine.handle(Inbound.text(Channel.WEB, session, "我妈今天一直没吃饭"));
        mvc.perform(get("/console/cases/" + caseId).with(as(holder)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"chatText\"")))
                .andExpect(content().string(containsString("交还机器人")))
                .andExpect(content().string(containsString("我妈今天一直没吃饭")));
        mvc.perform(get("/console/cases/" + caseId).with(as(other)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"chatText\""))));
    }

    @Test
    void theHoldersReplyIsStoredForTheWebChatAndTheAgentIsToldSo() throws Exception {
        mvc.perform(post("/console/cases/" + caseId + "/chat/replies").param("text", "您好，我是李娜")
                        .with(as(holder)).with(csrf()))
                .andExpect(redirectedUrl("/console/cases/" + caseId + "#chat"))
                .andExpect(flash().attribute("done", containsString("已发送")));
        List<Message> replies = agentReplies.repliesForWebSession(session, 0);
        assertThat(replies).singleElement().satisfies(m -> {
            assertThat(m.getText()).contains("您好，我是李娜");
            assertThat(m.getAgentId()).isEqualTo(holder.getId());
        });
    }

    @Test
    void theVisitorIsNotACallerAndTheTimelineSaysWhatBecameOfTheReplyInWords() throws Exception {
        engine.handle(Inbound.text(Channel.WEB, session, "我妈今天一直没吃饭"));
        mvc.perform(post("/console/cases/" + caseId + "/chat/replies").param("text", "您好").with(as(holder)).with(csrf()));
        mvc.perform(get("/console/cases/" + caseId).with(as(holder)))
                .andExpect(content().string(containsString("网页访客")))
                .andExpect(content().string(containsString("聊天回复（已发到网页聊天）")))
                .andExpect(content().string(not(containsString("STORED"))))
                // Who acted, by name and channel: not the account's user name, not "web:<session id>".
                .andExpect(content().string(matchesPattern("(?s).*<strong>领取</strong>\\s*<span>李娜</span>.*")))
                .andExpect(content().string(matchesPattern("(?s).*<strong>受理</strong>\\s*<span>网页聊天用户</span>.*")))
                .andExpect(content().string(not(containsString("web:" + session))));
    }

    @Test
    void anUndeliveredReplyIsMarkedWithWhyAndOnlyTheHolderMaySendItAgain() throws Exception {
        mvc.perform(post("/console/cases/" + caseId + "/chat/replies").param("text", "您好，还在吗").with(as(holder)).with(csrf()));
        Message reply = agentReplies.repliesForWebSession(session, 0).get(0);
        conversations.markDelivery(reply.getId(), Delivery.FAILED, "暂时连不上微信（网络或系统故障）");

        mvc.perform(get("/console/cases/" + caseId).with(as(holder)))
                .andExpect(content().string(containsString("未送达：暂时连不上微信")))
                .andExpect(content().string(containsString("/chat/replies/" + reply.getId() + "/resend")));
        mvc.perform(post("/console/cases/" + caseId + "/chat/replies/" + reply.getId() + "/resend").with(as(other)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/cases/" + caseId + "/chat/replies/" + reply.getId() + "/resend").with(as(holder)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/cases/" + caseId + "/chat/replies/987654321/resend").with(as(holder)).with(csrf()))
                .andExpect(flash().attribute("problem", containsString("没有进行中的聊天")));
        mvc.perform(post("/console/cases/" + caseId + "/chat/replies/" + reply.getId() + "/resend").with(as(holder)).with(csrf()))
                .andExpect(flash().attribute("done", containsString("已发送")));
        assertThat(conversations.message(reply.getId()).orElseThrow().getDelivery()).isEqualTo(Delivery.STORED);
    }

    @Test
    void anEmptyReplyIsRefusedWithAMessage() throws Exception {
        mvc.perform(post("/console/cases/" + caseId + "/chat/replies").param("text", "  ").with(as(holder)).with(csrf()))
                .andExpect(redirectedUrl("/console/cases/" + caseId + "#chat"))
                .andExpect(flash().attribute("problem", containsString("请输入回复内容")));
        assertThat(agentReplies.repliesForWebSession(session, 0)).isEmpty();
    }

    @Test
    void aReplyOfTheLongestLengthIsSentInFullAndNotedOnTheTimeline() throws Exception {
        String reply = "您好，".repeat(666) + "李娜"; // 2000 characters
        mvc.perform(post("/console/cases/" + caseId + "/chat/replies").param("text", reply).with(as(holder)).with(csrf()))
                .andExpect(redirectedUrl("/console/cases/" + caseId + "#chat"))
                .andExpect(flash().attribute("done", containsString("已发送")));
        assertThat(agentReplies.repliesForWebSession(session, 0)).singleElement()
                .satisfies(m -> assertThat(m.getText()).endsWith(reply));
        assertThat(cases.timeline(caseId)).last().satisfies(e -> {
            assertThat(e.getNote()).hasSizeLessThanOrEqualTo(Cases.MAX_NOTE).endsWith("……（全文见对话记录）");
            assertThat(e.getNote()).contains("您好，您好，");
        });
    }

    @Test
    void aReplyLongerThanTheChatTakesIsAFieldErrorWithTheTextKeptAndNothingSent() throws Exception {
        String reply = "请".repeat(2001);
        mvc.perform(post("/console/cases/" + caseId + "/chat/replies").param("text", reply).with(as(holder)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("回复内容最多2000个字，现在有2001个字")))
                .andExpect(content().string(containsString(">" + reply + "</textarea>")));
        assertThat(agentReplies.repliesForWebSession(session, 0)).isEmpty();
    }

    @Test
    void onlyTheHolderMayReplyOrHandBack() throws Exception {
        mvc.perform(post("/console/cases/" + caseId + "/chat/replies").param("text", "我来回复")
                        .with(as(other)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/cases/" + caseId + "/chat/hand-back").with(as(other)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(agentReplies.repliesForWebSession(session, 0)).isEmpty();
        assertThat(agentReplies.isTakenOver(caseId)).isTrue();
    }

    @Test
    void withoutACsrfTokenNothingIsSentOrHandedBack() throws Exception {
        mvc.perform(post("/console/cases/" + caseId + "/chat/replies").param("text", "没有令牌").with(as(holder)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/cases/" + caseId + "/chat/hand-back").with(as(holder)))
                .andExpect(status().isForbidden());
        assertThat(agentReplies.repliesForWebSession(session, 0)).isEmpty();
        assertThat(agentReplies.isTakenOver(caseId)).isTrue();
    }

    @Test
    void handingBackLetsTheBotAnswerAgain() throws Exception {
        mvc.perform(post("/console/cases/" + caseId + "/chat/hand-back").with(as(holder)).with(csrf()))
                .andExpect(redirectedUrl("/console/cases/" + caseId + "#conversation"))
                .andExpect(flash().attribute("done", containsString("已交还机器人")));
        assertThat(agentReplies.isTakenOver(caseId)).isFalse();
        assertThat(engine.handle(Inbound.text(Channel.WEB, session, "服务券过期了还能用吗")).text()).contains("过期作废");
    }
}

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.yinling.hotline.bot.dialog.DialogEngine;
import cn.yinling.hotline.bot.dialog.Inbound;
import cn.yinling.hotline.bot.reply.Action;
import cn.yinling.hotline.bot.takeover.AgentReplies;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.cannedreply.CannedReply;
import cn.yinling.hotline.cases.cannedreply.CannedReplyRepository;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseStatus;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.conversation.Conversations;
import cn.yinling.hotline.cases.conversation.Delivery;
import cn.yinling.hotline.cases.conversation.Message;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The case page's one box for replies and internal notes in a taken-over web chat: a note never
 * reaches the chat, a reply shows what became of it (已发送, then 已送达 once the visitor's page has
 * fetched it), the same permissions and CSRF as before; claiming the next waiting case.
 */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class ComposerTest {

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
    @Autowired
    CannedReplyRepository cannedReplies;

    Agent holder;
    Agent other;
    Agent supervisor;
    String session;
    long caseId;

    @BeforeEach
    void aWebChatHandedOverAndClaimedOnTheConsole() throws Exception {
        holder = testAgents.create(AgentRole.AGENT, "李娜");
        other = testAgents.create(AgentRole.AGENT, "周强");
        supervisor = testAgents.create(AgentRole.SUPERVISOR, "陈敏");
        session = "composer-" + UUID.randomUUID().toString().substring(0, 8);
        caseId = engine.handle(Inbound.text(Channel.WEB, session, "我要找人工客服")).action(Action.Handover.class).caseId();
        mvc.perform(post("/console/cases/" + caseId + "/claim").with(as(holder)).with(csrf()));
    }

    RequestPostProcessor as(Agent a) {
        return user(a.getUsername()).roles(a.getRole().name());
    }

    @Test
    void aNoteIsWrittenOnTheTimelineAndNeverReachesTheChat() throws Exception {
        mvc.perform(post("/console/cases/" + caseId + "/composer").param("mode", "NOTE").param("text", "家属情绪激动，注意语气")
                        .with(as(holder)).with(csrf()))
                .andExpect(redirectedUrl("/console/cases/" + caseId + "#composer"))
                .andExpect(flash().attribute("done", containsString("备注已保存")));
        assertThat(agentReplies.repliesForWebSession(session, 0)).isEmpty();
        assertThat(conversations.openChatsOfCase(caseId)).allSatisfy(c -> assertThat(conversations.transcript(c.getId()))
                .noneMatch(m -> m.getText() != null && m.getText().contains("注意语气")));
        assertThat(cases.timeline(caseId)).last().satisfies(e -> assertThat(e.getNote()).isEqualTo("家属情绪激动，注意语气"));
    }

    @Test
    void aReplyIsSentAndShowsItsDeliveryFromSentToDelivered() throws Exception {
        mvc.perform(post("/console/cases/" + caseId + "/composer").param("mode", "REPLY").param("text", "您好，我是李娜")
                        .with(as(holder)).with(csrf()))
                .andExpect(redirectedUrl("/console/cases/" + caseId + "#composer"))
                .andExpect(flash().attribute("done", containsString("已发送")));
        Message reply = agentReplies.repliesForWebSession(session, 0).get(0);
        mvc.perform(get("/console/cases/" + caseId).with(as(holder)))
                .andExpect(content().string(matchesPattern("(?s).*您好，我是李娜</span>\\s*<span class=\"tag delivery stored\">已发送</span>.*")));

        agentReplies.takenByWebChat(session, 0);

        assertThat(conversations.message(reply.getId()).orElseThrow().getDelivery()).isEqualTo(Delivery.DELIVERED);
        mvc.perform(get("/api/console/cases/" + caseId + "/messages").param("after", "0").with(as(holder)))
                .andExpect(jsonPath("$[?(@.message.id == " + reply.getId() + ")].message.delivery").value("已送达"));
        mvc.perform(get("/console/cases/" + caseId).with(as(holder)))
                .andExpect(content().string(containsString("<span class=\"tag delivery delivered\">已送达</span>")));
    }

    @Test
    void theBoxOffersReplyAndNoteToTheHolderAndOnlyANoteToASupervisorLookingIn() throws Exception {
        mvc.perform(get("/console/cases/" + caseId).with(as(holder)))
                .andExpect(content().string(matchesPattern("(?s).*id=\"mode-reply\" name=\"mode\" value=\"REPLY\"\\s+checked=\"checked\".*")))
                .andExpect(content().string(containsString("id=\"mode-note\"")));
        mvc.perform(get("/console/cases/" + caseId).with(as(supervisor)))
                .andExpect(content().string(matchesPattern("(?s).*id=\"mode-reply\" name=\"mode\" value=\"REPLY\"\\s+disabled=\"disabled\".*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"mode-note\" name=\"mode\" value=\"NOTE\"\\s+checked=\"checked\".*")));
        mvc.perform(get("/console/cases/" + caseId).with(as(other)))
                .andExpect(content().string(not(containsString("id=\"composerText\""))));
    }

    @Test
    void onlyTheHolderRepliesAndOnlyHolderOrSupervisorNotesAndNeverWithoutTheToken() throws Exception {
        mvc.perform(post("/console/cases/" + caseId + "/composer").param("mode", "REPLY").param("text", "我来回复")
                .with(as(other)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/console/cases/" + caseId + "/composer").param("mode", "REPLY").param("text", "主管回复")
                .with(as(supervisor)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/console/cases/" + caseId + "/composer").param("mode", "NOTE").param("text", "别人的备注")
                .with(as(other)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/console/cases/" + caseId + "/composer").param("mode", "REPLY").param("text", "没有令牌")
                .with(as(holder))).andExpect(status().isForbidden());
        assertThat(agentReplies.repliesForWebSession(session, 0)).isEmpty();
        mvc.perform(post("/console/cases/" + caseId + "/composer").param("mode", "NOTE").param("text", "主管备注：已了解")
                .with(as(supervisor)).with(csrf())).andExpect(flash().attribute("done", containsString("备注已保存")));
    }

    @Test
    void aReplyTooLongIsRefusedBesideTheBoxWithTheTextAndModeKept() throws Exception {
        String text = "请".repeat(2001);
        mvc.perform(post("/console/cases/" + caseId + "/composer").param("mode", "REPLY").param("text", text)
                        .with(as(holder)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("内容最多2000个字，现在有2001个字")))
                .andExpect(content().string(containsString(">" + text + "</textarea>")));
        mvc.perform(post("/console/cases/" + caseId + "/composer").param("mode", "whatever").param("text", "x")
                        .with(as(holder)).with(csrf()))
                .andExpect(flash().attribute("problem", containsString("请选择“回复家属”或“内部备注”")));
        assertThat(agentReplies.repliesForWebSession(session, 0)).isEmpty();
    }

    @Test
    void markupInACannedReplyAndInARepliesAreShownAsTextOnTheCasePage() throws Exception {
        cannedReplies.save(new CannedReply(holder.getId(), "x" + UUID.randomUUID().toString().substring(0, 5), "<i>标题</i>",
                "<img src=x onerror=alert(1)>{坐席}", Instant.now(), holder.getUsername()));
        mvc.perform(post("/console/cases/" + caseId + "/composer").param("mode", "REPLY").param("text", "<script>alert(2)</script>")
                .with(as(holder)).with(csrf()));
        mvc.perform(get("/console/cases/" + caseId).with(as(holder)))
                .andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;李娜")))
                .andExpect(content().string(containsString("&lt;i&gt;标题&lt;/i&gt;")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(2)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<img src=x"))))
                .andExpect(content().string(not(containsString("<script>alert"))));
    }

    @Test
    void claimNextTakesTheFirstWaitingCaseAndSaysSoWhenNoneWaits() throws Exception {
        // Other tests leave cases waiting in the shared database: take them all, then one more appears.
        CareCase mine;
        do {
            var r = mvc.perform(post("/console/queue/claim-next").with(as(other)).with(csrf())).andReturn();
            if (r.getResponse().getRedirectedUrl().equals("/console/queue")) {
                assertThat(r.getFlashMap().get("problem")).isEqualTo("现在没有等待领取的案例。");
                break;
            }
        } while (true);
        mine = cases.openHandoff(null, "想问问补贴", Priority.NORMAL, Channel.VOICE, "bot");
        mvc.perform(post("/console/queue/claim-next").with(as(other)).with(csrf()))
                .andExpect(redirectedUrl("/console/cases/" + mine.getId()))
                .andExpect(flash().attribute("done", "已领取案例 #" + mine.getId() + "。"));
        CareCase claimed = cases.get(mine.getId());
        assertThat(claimed.getAssigneeId()).isEqualTo(other.getId());
        assertThat(claimed.getStatus()).isEqualTo(CaseStatus.CLAIMED);
        mvc.perform(post("/console/queue/claim-next").with(as(other))).andExpect(status().isForbidden());
    }
}

package cn.yinling.hotline.console.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.yinling.hotline.bot.reply.Action;
import cn.yinling.hotline.bot.dialog.DialogEngine;
import cn.yinling.hotline.bot.dialog.Inbound;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.conversation.Conversations;
import cn.yinling.hotline.cases.conversation.Message;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The workspace's transcript fetches a taken-over chat's newer lines, so the family's messages appear without reload. */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class LiveTranscriptTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAgents testAgents;
    @Autowired
    DialogEngine engine;
    @Autowired
    Conversations conversations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    Agent holder;
    String session;
    long caseId;

    @BeforeEach
    void aWebChatTakenOverOnTheConsole() throws Exception {
        holder = testAgents.create(AgentRole.AGENT, "李娜");
        session = "live-" + UUID.randomUUID().toString().substring(0, 8);
        caseId = engine.handle(Inbound.text(Channel.WEB, session, "我要找人工客服")).action(Action.Handover.class).caseId();
        mvc.perform(post("/console/cases/" + caseId + "/claim").with(as(holder)).with(csrf()));
    }

    RequestPostProcessor as(Agent a) {
        return user(a.getUsername()).roles(a.getRole().name());
    }

    @Test
    void linesAfterTheLastShownOneComeBackWithThoseOfTheLastHalfMinute() throws Exception {
        String all = mvc.perform(get("/api/console/cases/" + caseId + "/messages").param("after", "0").with(as(holder)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].message.text", hasItem("我要找人工客服")))
                .andReturn().getResponse().getContentAsString();
        List<Integer> ids = JsonPath.read(all, "$[*].message.id");
        long last = ids.stream().mapToLong(Integer::longValue).max().orElseThrow();

        engine.handle(Inbound.text(Channel.WEB, session, "我妈今天一直没吃饭"));
        String next = mvc.perform(get("/api/console/cases/" + caseId + "/messages").param("after", Long.toString(last))
                        .with(as(holder)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[-1].message.text").value("我妈今天一直没吃饭"))
                .andExpect(jsonPath("$[-1].message.fromCaller").value(true))
                .andReturn().getResponse().getContentAsString();
        List<Integer> nextIds = JsonPath.read(next, "$[*].message.id");
        assertThat(nextIds).isSorted().containsAll(ids); // all said just now: sent again, the page skips them
        assertThat(nextIds.stream().filter(id -> id > last)).isNotEmpty();
    }

    @Test
    void aLineCommittedAfterOneWithAHigherIdStillComesButAnOldOneDoesNot() throws Exception {
        engine.handle(Inbound.text(Channel.WEB, session, "我妈今天一直没吃饭"));
        long conversationId = conversations.latestOf(Channel.WEB, session).orElseThrow().getId();
        List<Message> stored = conversations.transcript(conversationId);
        // A line with a higher id than every line said above, but said an hour ago: already shown
        // before; the page has it as its newest line.
        jdbc.update("insert into message (conversation_id, at, direction, text) values (?, ?, 'IN', '一小时前说的话')",
                conversationId, OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofHours(1)), ZoneOffset.UTC));
        long newest = conversations.transcript(conversationId).stream().mapToLong(Message::getId).max().orElseThrow();
        assertThat(stored).allSatisfy(m -> assertThat(m.getId()).isLessThan(newest));

        String next = mvc.perform(get("/api/console/cases/" + caseId + "/messages").param("after", Long.toString(newest))
                        .with(as(holder)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> texts = JsonPath.read(next, "$[*].message.text");
        assertThat(texts).contains("我妈今天一直没吃饭").doesNotContain("一小时前说的话");
    }

    @Test
    void theAgentsOwnReplyComesBackMarkedAsTheAgents() throws Exception {
        mvc.perform(post("/console/cases/" + caseId + "/chat/replies").param("text", "您好，我是李娜").with(as(holder)).with(csrf()));
        mvc.perform(get("/api/console/cases/" + caseId + "/messages").param("after", "0").with(as(holder)))
                .andExpect(jsonPath("$[-1].message.text", containsString("您好，我是李娜")))
                .andExpect(jsonPath("$[-1].message.fromAgent").value(true))
                .andExpect(jsonPath("$[-1].message.fromCaller").value(false));
    }

    @Test
    void theWorkspaceMarksItsTranscriptForLiveUpdates() throws Exception {
        mvc.perform(get("/console/cases/" + caseId).with(as(holder)))
                .andExpect(content().string(containsString("data-live=\"/api/console/cases/" + caseId + "/messages\"")));
    }

    @Test
    void withoutSignInTheLinesAreRefusedAndAnUnknownCaseIsNotFound() throws Exception {
        mvc.perform(get("/api/console/cases/" + caseId + "/messages")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/console/cases/987654321/messages").with(as(holder))).andExpect(status().isNotFound());
    }
}

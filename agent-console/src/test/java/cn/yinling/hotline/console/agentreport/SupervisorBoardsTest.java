package cn.yinling.hotline.console.agentreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import cn.yinling.hotline.console.presence.Presence;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The wallboard, the per-agent report and the assignment switch: who may see them, and what they show. */
@SpringBootTest(classes = ConsoleTestApplication.class, properties = "hotline.console.presence.check-every=PT1H")
@AutoConfigureMockMvc
class SupervisorBoardsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAgents testAgents;
    @Autowired
    Cases cases;
    @Autowired
    Presence presence;
    @Autowired
    TestClock clock;

    Duration advanced = Duration.ZERO;

    @AfterEach
    void turnTheClockBack() {
        clock.advance(advanced.negated());
    }

    private static RequestPostProcessor as(Agent a) {
        return user(a.getUsername()).roles(a.getRole().name());
    }

    @Nested
    class WhoMaySee {

        @ParameterizedTest
        @ValueSource(strings = {"/console/supervisor/wallboard", "/api/console/supervisor/wallboard",
                "/console/supervisor/agent-report", "/console/supervisor/agent-report.csv", "/console/admin/assignment"})
        void anAgentIsRefused(String path) throws Exception {
            Agent li = testAgents.create(AgentRole.AGENT, "李娜");
            mvc.perform(get(path).with(as(li))).andExpect(status().isForbidden());
        }

        @Test
        void aSupervisorMayNotSwitchAutomaticAssignment() throws Exception {
            Agent boss = testAgents.create(AgentRole.SUPERVISOR, "陈敏");
            mvc.perform(get("/console/admin/assignment").with(as(boss))).andExpect(status().isForbidden());
            mvc.perform(post("/console/admin/assignment").param("automatic", "true").param("maxChats", "3").with(as(boss)).with(csrf()))
                    .andExpect(status().isForbidden());
        }

        @Test
        void signedOutTheFiguresAnswer401AndThePagesSendToSignIn() throws Exception {
            mvc.perform(get("/api/console/supervisor/wallboard")).andExpect(status().isUnauthorized());
            mvc.perform(get("/console/supervisor/agent-report.csv")).andExpect(status().is3xxRedirection());
        }

        @Test
        void anAdminSwitchesAssignmentOnlyWithTheFormsToken() throws Exception {
            Agent admin = testAgents.create(AgentRole.ADMIN, "管理员");
            mvc.perform(post("/console/admin/assignment").param("automatic", "true").param("maxChats", "3").with(as(admin)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/console/admin/assignment").param("maxChats", "11").with(as(admin)).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(get("/console/admin/assignment").with(as(admin)))
                    .andExpect(content().string(containsString("自动分配已关闭，每位坐席最多同时接待 2 个会话")));
            mvc.perform(post("/console/admin/assignment").param("maxChats", "3").with(as(admin)).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(get("/console/admin/assignment").with(as(admin)))
                    .andExpect(content().string(containsString("每位坐席最多同时接待 3 个会话")));
            mvc.perform(post("/console/admin/assignment").param("maxChats", "2").with(as(admin)).with(csrf()));
        }
    }

    @Test
    void theWallboardCountsWaitingCasesAndAgentsByState() throws Exception {
        Agent boss = testAgents.create(AgentRole.SUPERVISOR, "陈敏");
        Agent li = testAgents.create(AgentRole.AGENT, "墙李娜");
        presence.signedIn(li.getUsername());
        CareCase chat = cases.openHandoff(null, "转人工", Priority.NORMAL, Channel.WEB, "bot");
        cases.claim(chat.getId(), li.getId(), li.getUsername());
        CareCase waiting = cases.openHandoff(null, "转人工", Priority.NORMAL, Channel.WECHAT, "bot");
        try {
            mvc.perform(get("/api/console/supervisor/wallboard").with(as(boss)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.waiting").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
                    .andExpect(jsonPath("$.longestSince").value(org.hamcrest.Matchers.greaterThan(0L)))
                    .andExpect(jsonPath("$.states[?(@.state == 'ENGAGED')].names[*]").value(org.hamcrest.Matchers.hasItem("墙李娜")))
                    .andExpect(jsonPath("$.states[?(@.state == 'ENGAGED')].label").value(org.hamcrest.Matchers.hasItem("通话中")));
        } finally {
            cases.close(chat.getId(), "RESOLVED", li.getUsername());
            cases.close(waiting.getId(), "NO_CONTACT", "test");
        }
    }

    @Test
    void theReportShowsEachAgentsResponseHandlingAndAfterCallWorkWithNamesInTheCsv() throws Exception {
        Agent boss = testAgents.create(AgentRole.SUPERVISOR, "陈敏");
        Agent li = testAgents.create(AgentRole.AGENT, "报表李娜");
        presence.signedIn(li.getUsername());
        for (int waitSeconds : new int[] {30, 90, 600}) {
            CareCase c = cases.openHandoff(null, "转人工", Priority.NORMAL, Channel.WEB, "bot");
            advance(Duration.ofSeconds(waitSeconds));
            cases.claim(c.getId(), li.getId(), li.getUsername());
            advance(Duration.ofMinutes(4));
            cases.close(c.getId(), "RESOLVED", li.getUsername());
            advance(Duration.ofMinutes(1)); // in after-call work
            presence.set(li.getUsername(), cn.yinling.hotline.cases.agent.AgentState.AVAILABLE);
        }

        String page = mvc.perform(get("/console/supervisor/agent-report").with(as(boss)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String row = page.substring(page.indexOf("id=\"agent-" + li.getId() + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("报表李娜").contains(">3<").contains(">1分30秒<").contains(">4分0秒<").contains(">3分0秒<");

        byte[] csv = mvc.perform(get("/console/supervisor/agent-report.csv").with(as(boss)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"坐席\",\"账号\"");
        assertThat(text).contains("\"报表李娜\",\"" + li.getUsername() + "\",\"坐席\",\"3\",\"90\",\"240\",\"240\",\"180\",\"0\",\"\"");
    }

    @Test
    void aRangeLongerThanAYearIsRefusedNotCut() throws Exception {
        Agent boss = testAgents.create(AgentRole.SUPERVISOR, "陈敏");
        mvc.perform(get("/console/supervisor/agent-report.csv").param("from", "2024-01-01").param("to", "2026-03-02").with(as(boss)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("超过 366 天")));
        mvc.perform(get("/console/supervisor/agent-report").param("from", "2024-01-01").param("to", "2026-03-02").with(as(boss)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("超过 366 天")));
    }

    private void advance(Duration d) {
        clock.advance(d);
        advanced = advanced.plus(d);
    }
}

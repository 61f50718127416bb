package cn.yinling.hotline.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.ComplaintRequest;
import cn.yinling.hotline.cases.casework.ComplaintType;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.casework.Severity;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The supervisor's figures and the CSV export of cases in a date range. */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class DashboardTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAgents testAgents;
    @Autowired
    Cases cases;
    @Autowired
    TestClock clock;
    @Autowired
    TestStreet street;

    @Test
    void theCsvHoldsTheCasesOfTheRangeWithFormulasMadeInert() throws Exception {
        Agent boss = testAgents.create(AgentRole.SUPERVISOR, "陈敏");
        cases.openHandoff(null, "=HYPERLINK(\"x\")", Priority.NORMAL, Channel.WEB, "bot");
        byte[] body = mvc.perform(get("/console/supervisor/cases.csv").param("from", "2026-02-01").param("to", "2026-03-31")
                        .with(user(boss.getUsername()).roles("SUPERVISOR")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("cases-2026-02-01-2026-03-31.csv")))
                .andReturn().getResponse().getContentAsByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"案例号\"");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\"").contains("\"转人工\"");
        String outside = new String(mvc.perform(get("/console/supervisor/cases.csv").param("from", "2025-01-01")
                        .param("to", "2025-01-31").with(user(boss.getUsername()).roles("SUPERVISOR")))
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(outside.lines()).hasSize(1);
    }

    @Test
    void overdueComplaintsAreCounted() throws Exception {
        Agent boss = testAgents.create(AgentRole.SUPERVISOR, "陈敏");
        cases.openComplaint(new ComplaintRequest(null, ComplaintType.values()[0], Severity.values()[0], "服务人员迟到",
                null, null, Channel.WECHAT, "bot"));
        clock.advance(Duration.ofDays(3));
        try {
            mvc.perform(get("/console/supervisor/dashboard").with(user(boss.getUsername()).roles("SUPERVISOR")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("服务人员迟到")))
                    .andExpect(content().string(containsString("已超时投诉")));
        } finally {
            clock.advance(Duration.ofDays(-3));
        }
    }
    @Test
    void theCsvNamesTheElderAndTheAgentNotTheirIds() throws Exception {
        Agent boss = testAgents.create(AgentRole.SUPERVISOR, "陈敏");
        Agent holder = testAgents.create(AgentRole.AGENT, "坐席 孙悦");
        Elder elder = street.elderWithPolicy(street.newCommunity(), "ANQING_FREE");
        CareCase c = cases.openHandoff(elder.elderId(), "想问补贴还剩多少", Priority.NORMAL, Channel.VOICE, "ivr");
        cases.claim(c.getId(), holder.getId(), holder.getUsername());
        String csv = new String(mvc.perform(get("/console/supervisor/cases.csv").param("from", "2026-02-01")
                        .param("to", "2026-03-31").with(user(boss.getUsername()).roles("SUPERVISOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith("\"老人\",\"处理坐席\"");
        String line = csv.lines().filter(l -> l.startsWith("\"" + c.getId() + "\"")).findFirst().orElseThrow();
        assertThat(line).contains("\"转人工\"").endsWith("\"" + elder.getFullName() + "\",\"坐席 孙悦\"");
    }

    @Test
    void aRangeLongerThanAYearIsSaidToBeCutOnTheDashboardAndRefusedForTheCsv() throws Exception {
        Agent boss = testAgents.create(AgentRole.SUPERVISOR, "陈敏");
        mvc.perform(get("/console/supervisor/dashboard").param("from", "2020-01-01").param("to", "2026-03-02")
                        .with(user(boss.getUsername()).roles("SUPERVISOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("所选日期超过366天，看板只显示最近一段：2025-03-01 至 2026-03-02")));
        mvc.perform(get("/console/supervisor/dashboard").param("from", "2026-02-01").param("to", "2026-03-02")
                        .with(user(boss.getUsername()).roles("SUPERVISOR")))
                .andExpect(content().string(not(containsString("所选日期超过"))));
        byte[] refused = mvc.perform(get("/console/supervisor/cases.csv").param("from", "2020-01-01").param("to", "2026-03-02")
                        .with(user(boss.getUsername()).roles("SUPERVISOR")))
                .andExpect(status().isBadRequest())
                .andExpect(header().doesNotExist("Content-Disposition"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(refused, StandardCharsets.UTF_8)).contains("导出的日期范围最长366天");
    }
}

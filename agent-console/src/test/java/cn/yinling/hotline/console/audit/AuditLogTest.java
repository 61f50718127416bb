package cn.yinling.hotline.console.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.yinling.hotline.bot.dialog.DialogEngine;
import cn.yinling.hotline.bot.dialog.Inbound;
import cn.yinling.hotline.bot.reply.Action;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.agent.AuditEntry;
import cn.yinling.hotline.cases.agent.AuditEntryRepository;
import cn.yinling.hotline.cases.agent.AuditTrail;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Reads of personal data that used to leave no trace are audited (the transcript through the JSON
 * API, the dashboard, the CSV export), and supervisors and admins search the audit log.
 */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class AuditLogTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAgents testAgents;
    @Autowired
    AuditEntryRepository entries;
    @Autowired
    AuditTrail trail;
    @Autowired
    DialogEngine engine;
    @Autowired
    Cases cases;
    @Autowired
    TestStreet street;
    @Autowired
    TestClock clock;

    Agent agent;
    Agent supervisor;

    @BeforeEach
    void accounts() {
        clock.set(ConsoleTestApplication.START);
        agent = testAgents.create(AgentRole.AGENT, "李娜");
        supervisor = testAgents.create(AgentRole.SUPERVISOR, "陈敏");
    }

    RequestPostProcessor as(Agent a) {
        return user(a.getUsername()).roles(a.getRole().name());
    }

    List<AuditEntry> by(Agent a) {
        return entries.findAll().stream().filter(e -> e.getActor().equals(a.getUsername())).toList();
    }

    @Nested
    class ReadsAreAudited {

        @Test
        void theTranscriptThroughTheJsonApiOncePerCaseAndSessionNotPerPoll() throws Exception {
            String chat = "audit-" + UUID.randomUUID().toString().substring(0, 8);
            long caseId = engine.handle(Inbound.text(Channel.WEB, chat, "我要找人工客服")).action(Action.Handover.class).caseId();
            MockHttpSession page = new MockHttpSession();
            for (int poll = 0; poll < 5; poll++) {
                mvc.perform(get("/api/console/cases/" + caseId + "/messages").param("after", "0").session(page).with(as(agent)))
                        .andExpect(status().isOk());
            }
            assertThat(by(agent)).singleElement().satisfies(e -> {
                assertThat(e.getAction()).isEqualTo(AuditEntry.Action.VIEW);
                assertThat(e.getCaseId()).isEqualTo(caseId);
                assertThat(e.getDetail()).isEqualTo("读取案例 #" + caseId + " 的会话记录（接口）");
            });
            mvc.perform(get("/api/console/cases/" + caseId + "/messages").session(new MockHttpSession()).with(as(agent)));
            assertThat(by(agent)).hasSize(2);
        }

        @Test
        void theDashboardAndTheCsvExportWithTheirDatesAndNoPersonalData() throws Exception {
            Elder elder = street.elderWithPolicy(street.newCommunity(), "ANQING_FREE");
            cases.openHandoff(elder.elderId(), "转人工：" + elder.getFullName(), Priority.NORMAL, Channel.WEB, "bot");
            mvc.perform(get("/console/supervisor/dashboard").param("from", "2026-03-01").param("to", "2026-03-02")
                    .with(as(supervisor))).andExpect(status().isOk());
            mvc.perform(get("/console/supervisor/cases.csv").param("from", "2026-03-01").param("to", "2026-03-02")
                    .with(as(supervisor))).andExpect(status().isOk());
            assertThat(by(supervisor)).extracting(AuditEntry::getAction, AuditEntry::getDetail).contains(
                    org.assertj.core.groups.Tuple.tuple(AuditEntry.Action.VIEW, "查看监控看板：2026-03-01 至 2026-03-02"));
            assertThat(by(supervisor)).filteredOn(e -> e.getAction() == AuditEntry.Action.EXPORT).singleElement()
                    .satisfies(e -> assertThat(e.getDetail()).startsWith("导出案例 CSV：2026-03-01 至 2026-03-02，共 ")
                            .doesNotContain(elder.getFullName()));
        }
    }

    @Nested
    class TheAuditLogPage {

        @Test
        void supervisorsAndAdminsOpenItFromTheNavigationAndAgentsCannot() throws Exception {
            mvc.perform(get("/console/queue").with(as(supervisor))).andExpect(content().string(containsString("/console/supervisor/audit")));
            mvc.perform(get("/console/queue").with(as(agent)))
                    .andExpect(content().string(not(containsString("/console/supervisor/audit"))));
            mvc.perform(get("/console/supervisor/audit").with(as(agent))).andExpect(status().isForbidden());
            mvc.perform(get("/console/supervisor/audit").with(as(testAgents.create(AgentRole.ADMIN, "管理员"))))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("审计日志")));
        }

        @Test
        void findsByAgentActionElderCaseAndDays() throws Exception {
            Elder elder = street.elderWithPolicy(street.newCommunity(), "ANQING_FREE");
            long caseId = cases.openHandoff(elder.elderId(), "转人工", Priority.NORMAL, Channel.WEB, "bot").getId();
            mvc.perform(post("/console/cases/" + caseId + "/claim").with(as(agent)).with(csrf()));
            mvc.perform(get("/console/cases/" + caseId).with(as(agent)));
            clock.advance(Duration.ofDays(2));
            try {
                mvc.perform(post("/console/cases/" + caseId + "/notes").param("note", "已回电").with(as(agent)).with(csrf()));
            } finally {
                clock.advance(Duration.ofDays(-2));
            }

            String byCase = page("caseId", Long.toString(caseId));
            assertThat(byCase).contains("查看案例 #" + caseId).contains("案例 #" + caseId + " 备注：已回电")
                    .contains("李娜（" + agent.getUsername() + "）").contains("/console/elders/" + elder.getId());
            assertThat(page("elder", Long.toString(elder.getId()))).contains("查看案例 #" + caseId);
            assertThat(page("agent", agent.getUsername(), "action", "UPDATE")).contains("备注：已回电")
                    .doesNotContain("查看案例 #" + caseId);
            assertThat(page("caseId", Long.toString(caseId), "from", "2026-03-03", "to", "2026-03-10"))
                    .contains("备注：已回电").doesNotContain("查看案例 #" + caseId);
            assertThat(page("caseId", Long.toString(caseId), "from", "2026-03-02", "to", "2026-03-02"))
                    .contains("查看案例 #" + caseId).doesNotContain("备注：已回电");
        }

        @Test
        void fiftyEntriesAPageNewestFirstWithALinkToTheNext() throws Exception {
            String actor = "paged-" + agent.getId();
            for (int i = 1; i <= 60; i++) {
                trail.record(actor, AuditEntry.Action.VIEW, null, "第" + i + "条");
                clock.advance(Duration.ofSeconds(1));
            }
            String first = page("agent", actor);
            assertThat(first).contains("共 60 条，第 1/2 页").contains("第60条").contains("第11条").doesNotContain("第10条<")
                    .contains("/console/supervisor/audit?agent=" + actor + "&amp;page=1");
            String second = page("agent", actor, "page", "1");
            assertThat(second).contains("共 60 条，第 2/2 页").contains("第10条").contains("第1条<").doesNotContain("第11条");
        }

        @Test
        void fieldsThatCannotBeReadAreNamedInChinese() throws Exception {
            assertThat(page("elder", "王秀英", "caseId", "12a", "from", "2026-13-01")).contains("老人编号须为数字")
                    .contains("案例编号须为数字").contains("日期格式不正确").contains("value=\"王秀英\"");
            assertThat(page("from", "2026-03-05", "to", "2026-03-01")).contains("截止日期不能早于起始日期");
        }

        private String page(String... params) throws Exception {
            var request = get("/console/supervisor/audit").with(as(supervisor));
            for (int i = 0; i < params.length; i += 2) {
                request.param(params[i], params[i + 1]);
            }
            return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        }
    }
}

package cn.yinling.hotline.console.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.agent.AgentState;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import cn.yinling.hotline.console.presence.Presence;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A supervisor sees every agent's state and open cases and moves a case to another agent; agents cannot. */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class TeamTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAgents testAgents;
    @Autowired
    Cases cases;
    @Autowired
    Presence presence;

    @Nested
    class ForASupervisor {

        @Test
        void theTeamPageShowsEachAgentsStateAndTheCasesTheyHold() throws Exception {
            Agent boss = testAgents.create(AgentRole.SUPERVISOR, "陈敏");
            Agent li = testAgents.create(AgentRole.AGENT, "李娜甲");
            presence.set(li.getUsername(), AgentState.BUSY);
            CareCase held = cases.openHandoff(null, "老人想改预约时间", Priority.NORMAL, Channel.WEB, "bot");
            cases.claim(held.getId(), li.getId(), li.getUsername());
            CareCase waiting = cases.openHandoff(null, "无人领取的来电", Priority.NORMAL, Channel.VOICE, "bot");

            mvc.perform(get("/console/supervisor/team").with(as(boss)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("李娜甲")))
                    .andExpect(content().string(containsString("忙碌")))
                    .andExpect(content().string(containsString("老人想改预约时间")))
                    .andExpect(content().string(containsString("id=\"case-" + held.getId() + "\"")))
                    .andExpect(content().string(containsString("无人领取的来电")))
                    .andExpect(content().string(containsString("/console/supervisor/cases/" + waiting.getId() + "/reassign")));
        }

        @Test
        void anAgentWhoSaysAvailableButHoldsCasesIsShownAtWorkAndTheListsOfferTheAvailableFirst() throws Exception {
            Agent boss = testAgents.create(AgentRole.SUPERVISOR, "陈敏");
            Agent wang = testAgents.create(AgentRole.AGENT, "王芳乙");
            Agent gone = testAgents.create(AgentRole.AGENT, "赵离线");
            Agent free = testAgents.create(AgentRole.AGENT, "孙空闲");
            presence.set(free.getUsername(), AgentState.AVAILABLE);
            presence.set(wang.getUsername(), AgentState.AVAILABLE);
            presence.set(gone.getUsername(), AgentState.OFFLINE);
            CareCase held = cases.openHandoff(null, "在处理的来电", Priority.NORMAL, Channel.WEB, "bot");
            cases.claim(held.getId(), wang.getId(), wang.getUsername());

            String page = mvc.perform(get("/console/supervisor/team").with(as(boss)))
                    .andExpect(content().string(containsString("王芳乙（通话中）")))
                    .andExpect(content().string(containsString("每30秒自动刷新")))
                    .andReturn().getResponse().getContentAsString();
            String list = page.substring(page.indexOf("id=\"to-" + held.getId() + "\""));
            list = list.substring(0, list.indexOf("</select>"));
            assertThat(list).startsWith("id=\"to-" + held.getId() + "\" name=\"to\" required>")
                    .contains("<option value=\"\">请选择坐席</option>");
            assertThat(list.indexOf("赵离线")).as("offline agents come after available ones").isGreaterThan(list.indexOf("孙空闲"));
        }

        @Test
        void reassigningMovesTheCaseAndRecordsWhoDidIt() throws Exception {
            Agent boss = testAgents.create(AgentRole.SUPERVISOR, "陈敏");
            Agent li = testAgents.create(AgentRole.AGENT, "李娜");
            Agent zhou = testAgents.create(AgentRole.AGENT, "周强");
            CareCase c = cases.openHandoff(null, "转人工", Priority.NORMAL, Channel.WEB, "bot");
            cases.claim(c.getId(), li.getId(), li.getUsername());

            mvc.perform(post("/console/supervisor/cases/{id}/reassign", c.getId()).param("to", zhou.getId().toString())
                            .with(as(boss)).with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/console/supervisor/team"))
                    .andExpect(flash().attribute("done", "案例 #" + c.getId() + " 已改派给 周强。"));

            assertThat(cases.get(c.getId()).getAssigneeId()).isEqualTo(zhou.getId());
            assertThat(cases.timeline(c.getId())).anySatisfy(e -> {
                assertThat(e.getKind()).isEqualTo("REASSIGNED");
                assertThat(e.getActor()).isEqualTo(boss.getUsername());
            });
        }

        @Test
        void anUnclaimedCaseCanBeAssignedDirectly() throws Exception {
            Agent boss = testAgents.create(AgentRole.SUPERVISOR, "陈敏");
            Agent zhou = testAgents.create(AgentRole.AGENT, "周强");
            CareCase c = cases.openHandoff(null, "转人工", Priority.NORMAL, Channel.WEB, "bot");

            mvc.perform(post("/console/supervisor/cases/{id}/reassign", c.getId()).param("to", zhou.getId().toString())
                            .with(as(boss)).with(csrf()))
                    .andExpect(redirectedUrl("/console/supervisor/team"));

            assertThat(cases.get(c.getId()).getAssigneeId()).isEqualTo(zhou.getId());
            assertThat(cases.get(c.getId()).getStatus().name()).isEqualTo("CLAIMED");
        }

        @Test
        void aClosedCaseOrAnUnknownAgentChangesNothing() throws Exception {
            Agent boss = testAgents.create(AgentRole.SUPERVISOR, "陈敏");
            Agent li = testAgents.create(AgentRole.AGENT, "李娜");
            Agent zhou = testAgents.create(AgentRole.AGENT, "周强");
            CareCase c = cases.openHandoff(null, "转人工", Priority.NORMAL, Channel.WEB, "bot");
            cases.claim(c.getId(), li.getId(), li.getUsername());

            mvc.perform(post("/console/supervisor/cases/{id}/reassign", c.getId()).param("to", "999999")
                            .with(as(boss)).with(csrf()))
                    .andExpect(redirectedUrl("/console/supervisor/team"))
                    .andExpect(flash().attribute("problem", "找不到这位坐席，或其账号已停用。"));
            cases.resolve(c.getId(), li.getUsername(), "已处理");
            mvc.perform(post("/console/supervisor/cases/{id}/reassign", c.getId()).param("to", zhou.getId().toString())
                            .with(as(boss)).with(csrf()))
                    .andExpect(flash().attribute("problem", "案例 #" + c.getId() + " 已解决或已结案，不能改派。"));

            assertThat(cases.get(c.getId()).getAssigneeId()).isEqualTo(li.getId());
        }
    }

    @Nested
    class ForAnAgent {

        @Test
        void theTeamPageIsForbidden() throws Exception {
            Agent li = testAgents.create(AgentRole.AGENT, "李娜");
            mvc.perform(get("/console/supervisor/team").with(as(li))).andExpect(status().isForbidden());
        }

        @Test
        void reassigningIsForbiddenAndChangesNothing() throws Exception {
            Agent li = testAgents.create(AgentRole.AGENT, "李娜");
            Agent zhou = testAgents.create(AgentRole.AGENT, "周强");
            CareCase c = cases.openHandoff(null, "转人工", Priority.NORMAL, Channel.WEB, "bot");
            cases.claim(c.getId(), zhou.getId(), zhou.getUsername());

            mvc.perform(post("/console/supervisor/cases/{id}/reassign", c.getId()).param("to", li.getId().toString())
                            .with(as(li)).with(csrf()))
                    .andExpect(status().isForbidden());

            assertThat(cases.get(c.getId()).getAssigneeId()).isEqualTo(zhou.getId());
        }
    }

    @Test
    void reassigningWithoutACsrfTokenIsRefused() throws Exception {
        Agent boss = testAgents.create(AgentRole.SUPERVISOR, "陈敏");
        Agent zhou = testAgents.create(AgentRole.AGENT, "周强");
        CareCase c = cases.openHandoff(null, "转人工", Priority.NORMAL, Channel.WEB, "bot");

        mvc.perform(post("/console/supervisor/cases/{id}/reassign", c.getId()).param("to", zhou.getId().toString())
                        .with(as(boss)))
                .andExpect(status().isForbidden());

        assertThat(cases.get(c.getId()).getAssigneeId()).isNull();
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/console/supervisor/team")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    private static RequestPostProcessor as(Agent agent) {
        return user(agent.getUsername()).roles(agent.getRole().name());
    }
}

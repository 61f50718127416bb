package cn.yinling.hotline.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.agent.AgentState;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Who may reach which console page, and that the console's security leaves other endpoints alone. */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class ConsoleSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAgents testAgents;
    @Autowired
    AgentRepository agents;

    Agent agent;
    Agent supervisor;

    @BeforeEach
    void accounts() {
        agent = testAgents.create(AgentRole.AGENT, "测试坐席");
        supervisor = testAgents.create(AgentRole.SUPERVISOR, "测试值班长");
    }

    @Nested
    class Unauthenticated {

        @Test
        void pagesRedirectToTheLoginPage() throws Exception {
            mvc.perform(get("/console/queue")).andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/login"));
            mvc.perform(get("/console/supervisor/dashboard")).andExpect(status().is3xxRedirection());
        }

        @Test
        void theJsonApiAndEventStreamAnswer401() throws Exception {
            mvc.perform(get("/api/console/queue")).andExpect(status().isUnauthorized());
            mvc.perform(get("/api/console/queue/stream").accept(MediaType.TEXT_EVENT_STREAM))
                    .andExpect(status().isUnauthorized());
        }

        @Test
        void theLoginPageAndStylesAreOpen() throws Exception {
            mvc.perform(get("/login")).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("坐席登录")));
            mvc.perform(get("/console/assets/console.css")).andExpect(status().isOk());
        }

        @Test
        void theChatApiIsNotTheConsolesBusiness() throws Exception {
            mvc.perform(post("/api/chat").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"sessionId\":\"sec-1\",\"event\":\"start\"}")).andExpect(status().isOk());
        }
    }

    @Nested
    class SigningIn {

        @Test
        void rightPasswordOpensTheQueueAndMakesTheAgentAvailable() throws Exception {
            mvc.perform(formLogin().user(agent.getUsername()).password(TestAgents.PASSWORD))
                    .andExpect(redirectedUrl("/console/queue"));
            assertThat(agents.findByUsername(agent.getUsername()).orElseThrow().getState()).isEqualTo(AgentState.AVAILABLE);
        }

        @Test
        void wrongPasswordIsRefused() throws Exception {
            mvc.perform(formLogin().user(agent.getUsername()).password("wrong")).andExpect(redirectedUrl("/login?error"));
        }

        @Test
        void theSessionGetsTheConsolesTimeOut() throws Exception {
            MvcResult r = mvc.perform(formLogin().user(agent.getUsername()).password(TestAgents.PASSWORD)).andReturn();
            assertThat(((MockHttpSession) r.getRequest().getSession()).getMaxInactiveInterval()).isEqualTo(30 * 60);
        }
    }

    @Nested
    class Roles {

        @Test
        void anAgentCannotOpenSupervisorPages() throws Exception {
            mvc.perform(get("/console/supervisor/dashboard").with(user(agent.getUsername()).roles("AGENT")))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/console/supervisor/cases.csv").with(user(agent.getUsername()).roles("AGENT")))
                    .andExpect(status().isForbidden());
        }

        @Test
        void aSupervisorOpensTheDashboard() throws Exception {
            mvc.perform(get("/console/supervisor/dashboard").with(user(supervisor.getUsername()).roles("SUPERVISOR")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("监控看板")));
        }

        @Test
        void anAgentSeesTheQueueWithoutTheDashboardLink() throws Exception {
            mvc.perform(get("/console/queue").with(user(agent.getUsername()).roles("AGENT")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.not(
                            org.hamcrest.Matchers.containsString("/console/supervisor/dashboard"))));
        }
    }

    @Nested
    class Csrf {

        @Test
        void aPostWithoutTheTokenIsRefused() throws Exception {
            mvc.perform(post("/console/me/state").param("state", "AWAY").with(user(agent.getUsername()).roles("AGENT")))
                    .andExpect(status().isForbidden());
            assertThat(agents.findByUsername(agent.getUsername()).orElseThrow().getState()).isNotEqualTo(AgentState.AWAY);
        }

        @Test
        void withTheTokenTheAgentSetsTheirOwnStateAndIsRedirected() throws Exception {
            mvc.perform(post("/console/me/state").param("state", "AWAY")
                    .with(user(agent.getUsername()).roles("AGENT")).with(csrf()))
                    .andExpect(redirectedUrl("/console/queue"));
            assertThat(agents.findByUsername(agent.getUsername()).orElseThrow().getState()).isEqualTo(AgentState.AWAY);
        }

        @Test
        void anAgentCannotMarkThemselfOfflineThroughTheForm() throws Exception {
            mvc.perform(post("/console/me/state").param("state", "BUSY").with(user(agent.getUsername()).roles("AGENT")).with(csrf()));
            mvc.perform(post("/console/me/state").param("state", "OFFLINE").with(user(agent.getUsername()).roles("AGENT")).with(csrf()));
            assertThat(agents.findByUsername(agent.getUsername()).orElseThrow().getState()).isEqualTo(AgentState.BUSY);
        }
    }
}

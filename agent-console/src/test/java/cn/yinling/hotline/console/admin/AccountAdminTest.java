package cn.yinling.hotline.console.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.agent.AuditEntryRepository;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** An admin creates console accounts (BCrypt-hashed password, queue interface) and deactivates them; nobody else may. */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class AccountAdminTest {

    static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAgents testAgents;
    @Autowired
    AgentRepository agents;
    @Autowired
    AuditEntryRepository auditEntries;
    @Autowired
    PasswordEncoder encoder;

    Agent admin;
    String username;
    String queueInterface;

    @BeforeEach
    void anAdmin() {
        admin = testAgents.create(AgentRole.ADMIN, "系统管理员");
        int n = SEQ.incrementAndGet();
        username = "newagent" + n + "-" + admin.getId();
        queueInterface = "PJSIP/agent" + n + "x" + admin.getId();
    }

    RequestPostProcessor as(Agent a) {
        return user(a.getUsername()).roles(a.getRole().name());
    }

    MockHttpServletRequestBuilder create(String name, String iface, String password) {
        return post("/console/admin/accounts").param("username", name).param("displayName", "坐席三号 王芳")
                .param("role", "AGENT").param("queueInterface", iface).param("password", password);
    }

    @Test
    void anAdminCreatesAnAccountThatCanSignInWithAHashedPassword() throws Exception {
        mvc.perform(create(username, queueInterface, "初始密码-abc123").with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/console/admin/accounts"))
                .andExpect(flash().attribute("done", "账号 " + username + " 已创建。"));
        Agent created = agents.findByUsername(username).orElseThrow();
        assertThat(created.getRole()).isEqualTo(AgentRole.AGENT);
        assertThat(created.getQueueInterface()).isEqualTo(queueInterface);
        assertThat(created.getPasswordHash()).startsWith("$2").doesNotContain("初始密码");
        assertThat(encoder.matches("初始密码-abc123", created.getPasswordHash())).isTrue();
        assertThat(agents.findByQueueInterface(queueInterface)).isPresent();
        mvc.perform(formLogin().user(username).password("初始密码-abc123")).andExpect(redirectedUrl("/console/queue"));
        assertThat(auditEntries.findAll()).anySatisfy(e -> {
            assertThat(e.getActor()).isEqualTo(admin.getUsername());
            assertThat(e.getDetail()).contains("创建坐席账号：" + username);
        });
        mvc.perform(get("/console/admin/accounts").with(as(admin)))
                .andExpect(content().string(containsString(username)))
                .andExpect(content().string(containsString(queueInterface)));
    }

    @Test
    void aDeactivatedAccountCannotSignInAndCanBeActivatedAgain() throws Exception {
        Agent agent = testAgents.create(AgentRole.AGENT, "周强");
        mvc.perform(post("/console/admin/accounts/" + agent.getId() + "/deactivate").with(as(admin)).with(csrf()))
                .andExpect(flash().attribute("done", containsString("已停用")));
        assertThat(agents.findById(agent.getId()).orElseThrow().isActive()).isFalse();
        mvc.perform(formLogin().user(agent.getUsername()).password(TestAgents.PASSWORD)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/console/admin/accounts/" + agent.getId() + "/activate").with(as(admin)).with(csrf()));
        mvc.perform(formLogin().user(agent.getUsername()).password(TestAgents.PASSWORD)).andExpect(redirectedUrl("/console/queue"));
    }

    @Test
    void aSignedInAgentWhoseAccountIsDeactivatedIsSignedOutAtTheNextRequest() throws Exception {
        Agent agent = testAgents.create(AgentRole.AGENT, "吴婷");
        MockHttpSession page = signIn(agent);
        MockHttpSession api = signIn(agent);
        mvc.perform(get("/console/queue").session(page)).andExpect(status().isOk());
        mvc.perform(get("/api/console/queue").session(api)).andExpect(status().isOk());

        mvc.perform(post("/console/admin/accounts/" + agent.getId() + "/deactivate").with(as(admin)).with(csrf()));

        mvc.perform(get("/console/queue").session(page)).andExpect(redirectedUrl("/login?deactivated"));
        assertThat(page.isInvalid()).isTrue();
        mvc.perform(get("/api/console/queue").session(api)).andExpect(status().isUnauthorized());
        assertThat(api.isInvalid()).isTrue();
        mvc.perform(get("/login").param("deactivated", ""))
                .andExpect(content().string(containsString("您的账号已被停用")));
        mvc.perform(get("/console/queue").session(signIn(admin))).andExpect(status().isOk());
    }

    MockHttpSession signIn(Agent who) throws Exception {
        MvcResult r = mvc.perform(formLogin().user(who.getUsername()).password(TestAgents.PASSWORD))
                .andExpect(redirectedUrl("/console/queue")).andReturn();
        return (MockHttpSession) r.getRequest().getSession(false);
    }

    @Test
    void anAdminCannotDeactivateThemself() throws Exception {
        mvc.perform(post("/console/admin/accounts/" + admin.getId() + "/deactivate").with(as(admin)).with(csrf()))
                .andExpect(flash().attribute("problem", "不能停用或启用自己的账号。"));
        assertThat(agents.findById(admin.getId()).orElseThrow().isActive()).isTrue();
    }

    @Nested
    class Validation {

        @Test
        void eachBadFieldIsNamedInChineseAndNothingIsCreated() throws Exception {
            mvc.perform(create("X", "SIP agent", "short").with(as(admin)).with(csrf()))
                    .andExpect(flash().attribute("problem", containsString("用户名须以小写字母开头")))
                    .andExpect(flash().attribute("problem", containsString("话务队列分机格式不正确")))
                    .andExpect(flash().attribute("problem", containsString("密码至少需要10个字符")));
            assertThat(agents.findByUsername("X")).isEmpty();
        }

        @Test
        void aTakenUsernameOrQueueInterfaceIsRefused() throws Exception {
            Agent existing = testAgents.create(AgentRole.AGENT, "李娜");
            mvc.perform(create(existing.getUsername(), "", "long-enough-password").with(as(admin)).with(csrf()))
                    .andExpect(flash().attribute("problem", "该用户名已被使用，请换一个。"));
            mvc.perform(create(username, queueInterface, "long-enough-password").with(as(admin)).with(csrf()));
            mvc.perform(create(username + "b", queueInterface, "long-enough-password").with(as(admin)).with(csrf()))
                    .andExpect(flash().attribute("problem", "该话务队列分机已分配给其他坐席。"));
            assertThat(agents.findByUsername(username + "b")).isEmpty();
        }

        @Test
        void aWeakInitialPasswordIsRefusedWithItsReasonAndTheOtherFieldsKept() throws Exception {
            String[][] weak = {
                {"1111111111", "过于简单"},
                {"1234567890", "过于简单"},
                {"qwertyuiop", "过于简单"},
                {"password123", "常见密码"},
                {"P@ssw0rd2024", "常见密码"},
                {username + "-2024!x", "不能包含用户名"},
            };
            for (String[] w : weak) {
                mvc.perform(create(username, queueInterface, w[0]).with(as(admin)).with(csrf()))
                        .andExpect(flash().attribute("problem", containsString(w[1])))
                        .andExpect(flash().attribute("form", new NewAccountForm(username, "坐席三号 王芳", "AGENT", queueInterface, null)));
            }
            assertThat(agents.findByUsername(username)).isEmpty();
        }

        @Test
        void theRefusedFormComesBackWithoutThePassword() throws Exception {
            mvc.perform(create("X", "", "secret-password-1").with(as(admin)).with(csrf()))
                    .andExpect(flash().attribute("form", new NewAccountForm("X", "坐席三号 王芳", "AGENT", "", null)));
        }
    }

    @Nested
    class ResettingAPassword {

        @Test
        void anAdminSetsANewPasswordThatThePolicyAcceptsAndTheResetIsAudited() throws Exception {
            Agent agent = testAgents.create(AgentRole.AGENT, "周强");
            mvc.perform(post("/console/admin/accounts/" + agent.getId() + "/password").param("password", "换了-新的-登录口令7")
                    .with(as(admin)).with(csrf()))
                    .andExpect(redirectedUrl("/console/admin/accounts"))
                    .andExpect(flash().attribute("done", containsString("密码已重设")));
            mvc.perform(formLogin().user(agent.getUsername()).password(TestAgents.PASSWORD)).andExpect(redirectedUrl("/login?error"));
            mvc.perform(formLogin().user(agent.getUsername()).password("换了-新的-登录口令7")).andExpect(redirectedUrl("/console/queue"));
            assertThat(auditEntries.findAll()).anySatisfy(e -> {
                assertThat(e.getActor()).isEqualTo(admin.getUsername());
                assertThat(e.getDetail()).isEqualTo("重设坐席账号密码：" + agent.getUsername());
            });
        }

        @Test
        void aWeakNewPasswordIsRefusedAndTheOldOneStays() throws Exception {
            Agent agent = testAgents.create(AgentRole.AGENT, "周强");
            mvc.perform(post("/console/admin/accounts/" + agent.getId() + "/password").param("password", "abcdefabcdef")
                    .with(as(admin)).with(csrf()))
                    .andExpect(flash().attribute("problem", containsString("账号 " + agent.getUsername() + " 的新密码未通过")))
                    .andExpect(flash().attribute("problem", containsString("过于简单")));
            assertThat(encoder.matches(TestAgents.PASSWORD, agents.findById(agent.getId()).orElseThrow().getPasswordHash())).isTrue();
        }

        @Test
        void onlyAnAdminMayResetAPassword() throws Exception {
            Agent agent = testAgents.create(AgentRole.AGENT, "周强");
            Agent supervisor = testAgents.create(AgentRole.SUPERVISOR, "陈敏");
            mvc.perform(post("/console/admin/accounts/" + agent.getId() + "/password").param("password", "换了-新的-登录口令7")
                    .with(as(supervisor)).with(csrf())).andExpect(status().isForbidden());
            assertThat(encoder.matches(TestAgents.PASSWORD, agents.findById(agent.getId()).orElseThrow().getPasswordHash())).isTrue();
        }
    }

    @Nested
    class Permissions {

        @Test
        void agentsAndSupervisorsCannotSeeOrCreateAccounts() throws Exception {
            Agent agent = testAgents.create(AgentRole.AGENT, "李娜");
            Agent supervisor = testAgents.create(AgentRole.SUPERVISOR, "陈敏");
            for (Agent who : new Agent[] {agent, supervisor}) {
                mvc.perform(get("/console/admin/accounts").with(as(who))).andExpect(status().isForbidden());
                mvc.perform(create(username, queueInterface, "long-enough-password").with(as(who)).with(csrf()))
                        .andExpect(status().isForbidden());
                mvc.perform(post("/console/admin/accounts/" + admin.getId() + "/deactivate").with(as(who)).with(csrf()))
                        .andExpect(status().isForbidden());
            }
            assertThat(agents.findByUsername(username)).isEmpty();
        }

        @Test
        void unauthenticatedOrWithoutTheTokenNothingHappens() throws Exception {
            mvc.perform(get("/console/admin/accounts")).andExpect(redirectedUrl("/login"));
            mvc.perform(create(username, queueInterface, "long-enough-password").with(csrf())).andExpect(redirectedUrl("/login"));
            mvc.perform(create(username, queueInterface, "long-enough-password").with(as(admin)))
                    .andExpect(status().isForbidden());
            assertThat(agents.findByUsername(username)).isEmpty();
        }

        @Test
        void onlyTheAdminSeesTheAccountsLink() throws Exception {
            mvc.perform(get("/console/queue").with(as(admin)))
                    .andExpect(content().string(containsString("/console/admin/accounts")));
            Agent agent = testAgents.create(AgentRole.AGENT, "李娜");
            mvc.perform(get("/console/queue").with(as(agent)))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/console/admin/accounts"))));
        }
    }
}

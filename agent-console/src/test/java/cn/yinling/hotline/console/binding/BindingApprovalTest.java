package cn.yinling.hotline.console.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.agent.AuditEntry;
import cn.yinling.hotline.cases.agent.AuditTrail;
import cn.yinling.hotline.cases.elder.BindingCheck;
import cn.yinling.hotline.cases.elder.BindingRequest;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.FamilyBindings;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Agents approve family members' WeChat binding requests; the code is shown once and the approval audited. */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class BindingApprovalTest {

    static final AtomicInteger SEQ = new AtomicInteger();
    static final Pattern ISSUED_CODE = Pattern.compile("id=\"issued-code\"[^>]*>(\\d{6})<");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAgents testAgents;
    @Autowired
    TestStreet street;
    @Autowired
    Elders elders;
    @Autowired
    FamilyBindings bindings;
    @Autowired
    AuditTrail audit;

    record Pending(Elder elder, String openid, BindingRequest request) {
    }

    @Test
    void theListShowsAPendingRequest() throws Exception {
        Agent li = testAgents.create(AgentRole.AGENT, "李娜");
        Pending p = pendingRequest("女儿");

        mvc.perform(get("/console/bindings").with(as(li)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"request-" + p.request().getId() + "\"")))
                .andExpect(content().string(containsString(p.elder().getFullName())))
                .andExpect(content().string(containsString(p.elder().idNumber().value())))
                .andExpect(content().string(containsString("女儿")))
                .andExpect(content().string(containsString(BindingApprovals.shorten(p.openid()))))
                .andExpect(content().string(not(containsString(p.openid()))))
                .andExpect(content().string(containsString("/console/bindings/" + p.request().getId() + "/approve")))
                .andExpect(content().string(containsString("绑定审核")));
    }

    @Test
    void approvingShowsTheCodeOnceAndTheRequestLeavesTheList() throws Exception {
        Agent li = testAgents.create(AgentRole.AGENT, "李娜");
        Pending p = pendingRequest("儿子");
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/console/bindings/{id}/approve", p.request().getId()).session(session).with(as(li)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/console/bindings"))
                .andExpect(flash().attributeExists("issued"));

        String page = mvc.perform(get("/console/bindings").session(session).with(as(li)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请立即致电老人，把这个验证码读给老人听")))
                .andExpect(content().string(not(containsString("id=\"request-" + p.request().getId() + "\""))))
                .andReturn().getResponse().getContentAsString();
        assertThat(ISSUED_CODE.matcher(page).find()).as("the code is shown after the approval").isTrue();

        mvc.perform(get("/console/bindings").session(session).with(as(li)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("issued-code"))));
        assertThat(bindings.awaitingApproval()).extracting(BindingRequest::getId).doesNotContain(p.request().getId());
    }

    @Test
    void theShownCodeBindsTheFamilyMembersAccount() throws Exception {
        Agent zhou = testAgents.create(AgentRole.AGENT, "周强");
        Pending p = pendingRequest("孙女");

        String code = approveAndReadCode(zhou, p);
        BindingCheck bound = bindings.enterCode(p.openid(), code);

        assertThat(bound.result()).isEqualTo(BindingCheck.Result.BOUND);
        assertThat(bound.contact().getElderId()).isEqualTo(p.elder().getId());
        assertThat(bindings.boundTo(p.openid())).singleElement()
                .satisfies(f -> assertThat(f.getRelation()).isEqualTo("孙女"));
    }

    @Test
    void supervisorsAndAdminsMayApproveToo() throws Exception {
        for (AgentRole role : new AgentRole[] {AgentRole.SUPERVISOR, AgentRole.ADMIN}) {
            Agent who = testAgents.create(role, "值班");
            Pending p = pendingRequest("儿媳");
            String code = approveAndReadCode(who, p);
            assertThat(bindings.enterCode(p.openid(), code).result()).isEqualTo(BindingCheck.Result.BOUND);
        }
    }

    @Test
    void aRequestNoLongerAwaitingIsNotApprovedAgain() throws Exception {
        Agent li = testAgents.create(AgentRole.AGENT, "李娜");
        Agent zhou = testAgents.create(AgentRole.AGENT, "周强");
        Pending p = pendingRequest("女儿");
        String first = approveAndReadCode(li, p);

        mvc.perform(post("/console/bindings/{id}/approve", p.request().getId()).with(as(zhou)).with(csrf()))
                .andExpect(redirectedUrl("/console/bindings"))
                .andExpect(flash().attributeCount(1))
                .andExpect(flash().attribute("problem",
                        "绑定申请 #" + p.request().getId() + " 已不在待审核列表中（可能已被其他坐席批准或已过期）。"));

        assertThat(bindings.enterCode(p.openid(), first).result()).as("the code already read out still works")
                .isEqualTo(BindingCheck.Result.BOUND);
    }

    @Test
    void anonymousVisitorsAreSentToLogin() throws Exception {
        Pending p = pendingRequest("女儿");
        mvc.perform(get("/console/bindings")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/console/bindings/{id}/approve", p.request().getId()).with(csrf()))
                .andExpect(redirectedUrl("/login"));
        assertThat(bindings.awaitingApproval()).extracting(BindingRequest::getId).contains(p.request().getId());
    }

    @Test
    void anApprovalWithoutCsrfTokenIsRefused() throws Exception {
        Agent li = testAgents.create(AgentRole.AGENT, "李娜");
        Pending p = pendingRequest("女儿");

        mvc.perform(post("/console/bindings/{id}/approve", p.request().getId()).with(as(li)))
                .andExpect(status().isForbidden());

        assertThat(bindings.awaitingApproval()).extracting(BindingRequest::getId).contains(p.request().getId());
        assertThat(audit.of(p.elder().elderId())).isEmpty();
    }

    @Test
    void theApprovalIsAudited() throws Exception {
        Agent li = testAgents.create(AgentRole.AGENT, "李娜");
        Pending p = pendingRequest("外孙");

        approveAndReadCode(li, p);

        assertThat(audit.of(p.elder().elderId())).singleElement().satisfies(e -> {
            assertThat(e.getActor()).isEqualTo(li.getUsername());
            assertThat(e.getAction()).isEqualTo(AuditEntry.Action.UPDATE);
            assertThat(e.getDetail()).isEqualTo("审核通过微信绑定：外孙");
        });
    }

    private String approveAndReadCode(Agent agent, Pending p) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/console/bindings/{id}/approve", p.request().getId()).session(session).with(as(agent))
                        .with(csrf()))
                .andExpect(redirectedUrl("/console/bindings"));
        String page = mvc.perform(get("/console/bindings").session(session).with(as(agent)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher m = ISSUED_CODE.matcher(page);
        assertThat(m.find()).as("the page after the approval shows the code").isTrue();
        return m.group(1);
    }

    /** An elder with a registered phone and a family member's request, as the WeChat dialog opens it. */
    private Pending pendingRequest(String relation) {
        Elder elder = street.elderWithPolicy(street.newCommunity(), null);
        String phone = uniqueMobile();
        elders.addPhone(elder.elderId(), phone);
        String openid = "oFamily" + String.format("%08d", SEQ.incrementAndGet()) + "test" + System.nanoTime() % 100000;
        BindingRequest request = bindings.start(openid, phone, elder.idNumber().lastFour(), relation, true);
        return new Pending(elder, openid, request);
    }

    private static String uniqueMobile() {
        return "136" + String.format("%08d", (System.nanoTime() / 1000 + SEQ.incrementAndGet()) % 100_000_000);
    }

    private static RequestPostProcessor as(Agent agent) {
        return user(agent.getUsername()).roles(agent.getRole().name());
    }
}

package cn.yinling.hotline.console.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.agent.AuditEntry;
import cn.yinling.hotline.cases.agent.AuditTrail;
import cn.yinling.hotline.cases.application.ApplicationState;
import cn.yinling.hotline.cases.application.VoucherApplication;
import cn.yinling.hotline.cases.application.VoucherApplications;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Registration;
import cn.yinling.hotline.cases.entitlement.Entitlements;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Voucher applications on the console: taken from the elder's record, moved on by the roles the
 * workflow names, refused or objected to with reasons; overdue steps flagged; role, CSRF and XSS attacks fail.
 */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class ApplicationConsoleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAgents testAgents;
    @Autowired
    TestStreet street;
    @Autowired
    TestClock clock;
    @Autowired
    VoucherApplications applications;
    @Autowired
    Entitlements entitlements;
    @Autowired
    AuditTrail audit;

    Agent agent;
    Agent supervisor;
    Agent admin;
    Elder elder;

    @BeforeEach
    void staffAndAnElder() {
        clock.set(ConsoleTestApplication.START);
        agent = testAgents.create(AgentRole.AGENT, "社区 李娜");
        supervisor = testAgents.create(AgentRole.SUPERVISOR, "街道 陈敏");
        admin = testAgents.create(AgentRole.ADMIN, "区民政 周强");
        elder = street.elder(street.household(street.newCommunity(), Registration.URBAN), "赵玉兰");
    }

    RequestPostProcessor as(Agent a) {
        return user(a.getUsername()).roles(a.getRole().name());
    }

    long submit(String applicantName) throws Exception {
        MvcResult r = mvc.perform(post("/console/elders/" + elder.getId() + "/applications").with(as(agent)).with(csrf())
                        .param("policyCode", "ANQING_FREE").param("channel", "PHONE").param("applicantKind", "FAMILY")
                        .param("applicantName", applicantName).param("documents", "身份证复印件"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = r.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/console/applications/");
        return Long.parseLong(location.substring("/console/applications/".length()));
    }

    void act(Agent who, long id, String action, String... params) throws Exception {
        var request = post("/console/applications/" + id + "/" + action).with(as(who)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection()).andExpect(flash().attributeCount(0));
    }

    String page(Agent who, String path) throws Exception {
        return mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theWholeWorkflowByTheRolesItNamesEnrolsTheElder() throws Exception {
        long id = submit("赵强（儿子）");
        assertThat(page(agent, "/console/elders/" + elder.getId())).contains("#" + id).contains("已受理").contains("新建申请");
        act(agent, id, "pass");
        act(agent, id, "pass", "note", "入户调查：独居，属实");
        assertThat(page(agent, "/console/applications/" + id)).contains("张榜公示").contains("2026-03-08");
        act(agent, id, "objections", "objector", "邻居张某", "content", "儿子同住");
        long objection = applications.objections(id).get(0).getId();
        act(agent, id, "objections/" + objection + "/rule", "ruling", "DISMISSED", "note", "");
        clock.advance(Duration.ofDays(7));
        act(agent, id, "pass");
        assertThat(applications.get(id).getState()).isEqualTo(ApplicationState.STREET_REVIEW);
        act(supervisor, id, "pass", "note", "同意");
        act(admin, id, "approve", "from", "2026-04-01", "note", "批准");
        VoucherApplication done = applications.get(id);
        assertThat(done.getState()).isEqualTo(ApplicationState.APPROVED);
        assertThat(entitlements.coverageFor(elder.elderId(), LocalDate.of(2026, 4, 1))).isPresent();
        assertThat(page(agent, "/console/applications/" + id)).contains("已批准").contains(admin.getUsername());
        assertThat(audit.of(elder.elderId())).extracting(AuditEntry::getDetail)
                .anySatisfy(d -> assertThat(d).startsWith("受理补贴申请 #" + id))
                .anySatisfy(d -> assertThat(d).contains("审批通过，自 2026-04-01 起享受"));
    }

    @Test
    void aRefusalNeedsAReasonAndIsShown() throws Exception {
        long id = submit(null);
        mvc.perform(post("/console/applications/" + id + "/refuse").with(as(agent)).with(csrf()).param("reason", " "))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("problem", "请写明理由。"));
        act(agent, id, "refuse", "reason", "不符合条件");
        assertThat(page(agent, "/console/applications/" + id)).contains("未通过").contains("不符合条件");
    }

    @Test
    void aRefusedObjectionIsSaidInTheActionSectionWithWhatWasTypedKept() throws Exception {
        long id = submit("赵强（儿子）");
        act(agent, id, "pass");
        act(agent, id, "pass", "note", "入户调查：独居，属实");
        MvcResult r = mvc.perform(post("/console/applications/" + id + "/objections").with(as(agent)).with(csrf())
                        .param("objector", "邻居张某").param("content", " "))
                .andExpect(redirectedUrl("/console/applications/" + id + "#act"))
                .andExpect(flash().attribute("problem", "请填写异议人和异议内容。")).andReturn();
        String html = mvc.perform(get("/console/applications/" + id).flashAttrs(r.getFlashMap()).with(as(agent)))
                .andReturn().getResponse().getContentAsString();
        String act = html.substring(html.indexOf("id=\"act\""), html.indexOf("</section>", html.indexOf("id=\"act\"")));
        assertThat(act).contains("请填写异议人和异议内容。").containsPattern("id=\"objector\"[^>]*value=\"邻居张某\"");
        assertThat(html.substring(0, html.indexOf("id=\"act\""))).doesNotContain("请填写异议人和异议内容。");
        assertThat(applications.objections(id)).isEmpty();
    }

    @Test
    void anAgentMayNotActOnTheStreetOrDistrictStep() throws Exception {
        long id = submit(null);
        act(agent, id, "pass");
        act(agent, id, "pass", "note", "属实");
        clock.advance(Duration.ofDays(7));
        act(agent, id, "pass");
        assertThat(page(agent, "/console/applications/" + id)).contains("本环节由值班长办理。");
        mvc.perform(post("/console/applications/" + id + "/pass").with(as(agent)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/applications/" + id + "/refuse").with(as(agent)).with(csrf()).param("reason", "不行"))
                .andExpect(status().isForbidden());
        act(supervisor, id, "pass");
        mvc.perform(post("/console/applications/" + id + "/approve").with(as(supervisor)).with(csrf())
                .param("from", "2026-04-01")).andExpect(status().isForbidden());
        assertThat(applications.get(id).getState()).isEqualTo(ApplicationState.DISTRICT_APPROVAL);
    }

    @Test
    void anIllegalStepIsRefusedWithAMessage() throws Exception {
        long id = submit(null);
        mvc.perform(post("/console/applications/" + id + "/approve").with(as(admin)).with(csrf()).param("from", "2026-04-01"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "这份申请当前的环节不能这样办理，请刷新后再看。"));
        assertThat(applications.get(id).getState()).isEqualTo(ApplicationState.SUBMITTED);
    }

    @Test
    void withoutTheCsrfTokenNothingHappens() throws Exception {
        long id = submit(null);
        mvc.perform(post("/console/applications/" + id + "/pass").with(as(admin))).andExpect(status().isForbidden());
        mvc.perform(post("/console/elders/" + elder.getId() + "/applications").with(as(agent))
                .param("policyCode", "ANQING_FREE").param("channel", "DESK").param("applicantKind", "ELDER"))
                .andExpect(status().isForbidden());
        assertThat(applications.get(id).getState()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(applications.ofElder(elder.elderId())).hasSize(1);
    }

    @Test
    void typedMarkupIsShownAsText() throws Exception {
        String attack = "<script>alert(1)</script>";
        long id = submit(attack);
        act(agent, id, "pass", "note", "<img src=x onerror=alert(2)>");
        String html = page(agent, "/console/applications/" + id);
        assertThat(html).doesNotContain(attack).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(2)&gt;");
    }

    @Test
    void theListShowsWhatIsOverdue() throws Exception {
        long id = submit(null);
        String fresh = page(agent, "/console/applications?state=SUBMITTED");
        assertThat(fresh).contains("#" + id).doesNotContain("已超期");
        clock.advance(Duration.ofDays(4));
        String late = page(agent, "/console/applications");
        assertThat(late).contains("#" + id).contains("已超期（应于2026-03-05前办结）");
    }
}

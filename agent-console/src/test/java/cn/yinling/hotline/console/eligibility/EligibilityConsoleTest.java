package cn.yinling.hotline.console.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.agent.AuditEntry;
import cn.yinling.hotline.cases.agent.AuditTrail;
import cn.yinling.hotline.cases.elder.ElderId;
import cn.yinling.hotline.cases.eligibility.Enrolments;
import cn.yinling.hotline.cases.policy.EnrolmentSource;
import cn.yinling.hotline.cases.support.IdNumbers;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Eligibility on the console: an elder taken in on the intake form is enrolled by the rules, the
 * record page shows the enrolment with its reason and who decided; a supervisor overrules the rules
 * with a reason (audited); an agent cannot, nor can a forged form, and a reason is shown as text.
 */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
@TestPropertySource(properties = "hotline.cases.eligibility.automatic-policies=MAANSHAN_VOUCHER,RURAL_75_79")
class EligibilityConsoleTest {

    static final AtomicInteger PHONE = new AtomicInteger(500);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAgents testAgents;
    @Autowired
    Enrolments enrolments;
    @Autowired
    AuditTrail audit;

    Agent agent;
    Agent supervisor;

    @BeforeEach
    void staff() {
        agent = testAgents.create(AgentRole.AGENT, "坐席 李娜");
        supervisor = testAgents.create(AgentRole.SUPERVISOR, "值班长 陈敏");
    }

    RequestPostProcessor as(Agent a) {
        return user(a.getUsername()).roles(a.getRole().name());
    }

    /** Takes an elder in on the console's form; the record's id. */
    long takeIn(LocalDate born, String registration) throws Exception {
        String location = mvc.perform(post("/console/elders/new").param("fullName", "张桂兰")
                        .param("idNumber", IdNumbers.fresh(born, false)).param("sex", "").param("birthDate", "")
                        .param("registration", registration).param("street", "雨山街道")
                        .param("community", "枫林社区" + UUID.randomUUID().toString().substring(0, 6))
                        .param("address", "枫林村三组" + PHONE.getAndIncrement() + "号").param("living", "WITH_FAMILY")
                        .with(as(agent)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring("/console/elders/".length()));
    }

    String page(long elderId, Agent who) throws Exception {
        return mvc.perform(get("/console/elders/" + elderId).with(as(who))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    @Test
    void anElderTakenInOnTheConsoleIsEnrolledAndTheRecordSaysWhyAndWho() throws Exception {
        long id = takeIn(LocalDate.now().minusYears(77), "RURAL");
        assertThat(page(id, agent)).contains("补贴政策享受情况").contains("农村75—79周岁老人居家养老服务")
                .contains("年满75周岁，农村户籍").contains("系统按规则认定：建档").contains("享受中")
                .doesNotContain("id=\"eligibility-override\"");
    }

    @Test
    void aSupervisorExcludesWithAReasonThatIsAuditedAndStands() throws Exception {
        long id = takeIn(LocalDate.now().minusYears(77), "RURAL");
        assertThat(page(id, supervisor)).contains("id=\"eligibility-override\"");
        mvc.perform(post("/console/supervisor/elders/" + id + "/eligibility").param("policy", "RURAL_75_79")
                        .param("effect", "EXCLUDE").param("reason", "已迁往外地居住").with(as(supervisor)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("done", "决定已保存，补贴政策已重新认定。"));
        assertThat(enrolments.history(new ElderId(id))).singleElement()
                .satisfies(l -> assertThat(l.endReason()).isEqualTo("工作人员决定不享受：已迁往外地居住"));
        assertThat(page(id, agent)).contains("工作人员决定不享受：已迁往外地居住").contains("虽符合规则，不享受");
        assertThat(audit.of(new ElderId(id))).anySatisfy(e -> {
            assertThat(e.getActor()).isEqualTo(supervisor.getUsername());
            assertThat(e.getAction()).isEqualTo(AuditEntry.Action.UPDATE);
            assertThat(e.getDetail()).contains("EXCLUDE RURAL_75_79").contains("已迁往外地居住");
        });
    }

    @Test
    void aSupervisorEnrolsAlthoughTheRulesSayNoAndRemovesItLater() throws Exception {
        long id = takeIn(LocalDate.now().minusYears(65), "URBAN");
        assertThat(enrolments.history(new ElderId(id))).isEmpty();
        mvc.perform(post("/console/supervisor/elders/" + id + "/eligibility").param("policy", "MAANSHAN_VOUCHER")
                .param("effect", "INCLUDE").param("reason", "街道特批").with(as(supervisor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(enrolments.history(new ElderId(id))).singleElement()
                .satisfies(l -> assertThat(l.source()).isEqualTo(EnrolmentSource.STAFF));
        long overrideId = enrolments.overrides(new ElderId(id)).get(0).id();
        mvc.perform(post("/console/supervisor/elders/" + id + "/eligibility/" + overrideId + "/remove")
                .param("reason", "").with(as(supervisor)).with(csrf()))
                .andExpect(flash().attribute("problem", "请填写原因。"));
        mvc.perform(post("/console/supervisor/elders/" + id + "/eligibility/" + overrideId + "/remove")
                .param("reason", "特批期满").with(as(supervisor)).with(csrf()))
                .andExpect(flash().attribute("done", "决定已撤销，已恢复按规则认定。"));
        assertThat(enrolments.history(new ElderId(id))).noneMatch(Enrolments.Line::current);
        assertThat(page(id, agent)).contains("已由" + supervisor.getUsername() + "撤销：特批期满");
    }

    @Test
    void anAgentCannotOverruleTheRules() throws Exception {
        long id = takeIn(LocalDate.now().minusYears(77), "RURAL");
        mvc.perform(post("/console/supervisor/elders/" + id + "/eligibility").param("policy", "RURAL_75_79")
                .param("effect", "EXCLUDE").param("reason", "想排除").with(as(agent)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(enrolments.overrides(new ElderId(id))).isEmpty();
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        long id = takeIn(LocalDate.now().minusYears(77), "RURAL");
        mvc.perform(post("/console/supervisor/elders/" + id + "/eligibility").param("policy", "RURAL_75_79")
                .param("effect", "EXCLUDE").param("reason", "伪造").with(as(supervisor)))
                .andExpect(status().isForbidden());
        assertThat(enrolments.overrides(new ElderId(id))).isEmpty();
    }

    @Test
    void aReasonWithMarkupIsShownAsText() throws Exception {
        long id = takeIn(LocalDate.now().minusYears(77), "RURAL");
        mvc.perform(post("/console/supervisor/elders/" + id + "/eligibility").param("policy", "RURAL_75_79")
                .param("effect", "EXCLUDE").param("reason", "<script>alert(1)</script>").with(as(supervisor))
                .with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(page(id, agent)).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
}

package cn.yinling.hotline.console.clicktocall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
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
import cn.yinling.hotline.cases.agent.AgentRepository;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.agent.AuditEntry;
import cn.yinling.hotline.cases.agent.AuditSearch;
import cn.yinling.hotline.cases.agent.AuditTrail;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseType;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.ContactWay;
import cn.yinling.hotline.cases.casework.ManualCase;
import cn.yinling.hotline.cases.clicktocall.AgentCall;
import cn.yinling.hotline.cases.clicktocall.ClickToCall;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.FamilyContact;
import cn.yinling.hotline.cases.elder.Registration;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 点击拨号 over HTTP with the PBX as the console sees it (recording each request): the agent holding
 * the case has their own phone rung and the number, looked up on the server by the button's key,
 * dialled; the page never carries the number; each call on the timeline and in the audit log,
 * masked. Anyone else, a made-up key, an agent without a phone or a form without the token: nothing
 * is dialled. The agent sets their own phone (an endpoint only), an admin anyone's.
 */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
@Import(ClickToCallConsoleTest.RecordingPbx.class)
class ClickToCallConsoleTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @TestConfiguration(proxyBeanMethods = false)
    static class RecordingPbx {

        static final List<AgentCall> PLACED = new CopyOnWriteArrayList<>();

        @Bean
        ClickToCall recordingClickToCall() {
            return PLACED::add;
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAgents testAgents;
    @Autowired
    AgentRepository agents;
    @Autowired
    TestStreet street;
    @Autowired
    Elders elders;
    @Autowired
    Cases cases;
    @Autowired
    AuditTrail audit;

    Agent agent;
    Elder elder;
    String elderPhone;
    String sonsPhone;
    FamilyContact son;
    CareCase theCase;

    @BeforeEach
    void anAgentWithAPhoneHoldingACase() {
        agent = testAgents.create(AgentRole.AGENT, "坐席 何静");
        agent.changePhoneExtension("PJSIP/80" + String.format("%02d", SEQ.incrementAndGet()));
        agent = agents.save(agent);
        elder = street.elder(street.household(street.newCommunity(), Registration.URBAN), "钱玉珍");
        elderPhone = String.format("1387%07d", 8_400_000 + SEQ.get());
        sonsPhone = String.format("1377%07d", 8_400_000 + SEQ.get());
        elders.addPhone(elder.elderId(), elderPhone);
        son = elders.addFamilyContact(elder.elderId(), "赵强", "儿子", sonsPhone, true);
        theCase = cases.openByHand(new ManualCase(elder.elderId(), null, ContactWay.INCOMING_CALL, CaseType.ENQUIRY,
                null, null, "儿子打直线要我们回电", agent.getId(), agent.getUsername()));
    }

    @Test
    void theCardNamesEachNumberByKeyWithTheNumberMasked() throws Exception {
        String page = mvc.perform(get("/console/cases/{id}", theCase.getId()).with(as(agent)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("您的分机：" + agent.getPhoneExtension()),
                        containsString("name=\"target\" value=\"elder-0\""),
                        containsString("name=\"target\" value=\"family-" + son.getId() + "-0\""),
                        containsString(sonsPhone.substring(0, 3) + "****" + sonsPhone.substring(7)))))
                .andReturn().getResponse().getContentAsString();
        String card = page.substring(page.indexOf("id=\"calls\""), page.indexOf("</section>", page.indexOf("id=\"calls\"")));
        assertThat(card).doesNotContain(elderPhone).doesNotContain(sonsPhone).doesNotContain("tel:").doesNotContain("disabled");
    }

    @Test
    void theHolderHasTheirOwnPhoneRungThenTheSonsNumberDialledOnTheTimelineAndAudited() throws Exception {
        mvc.perform(post("/console/cases/{id}/calls", theCase.getId()).param("target", "family-" + son.getId() + "-0")
                        .with(as(agent)).with(csrf()))
                .andExpect(redirectedUrl("/console/cases/" + theCase.getId() + "#calls"))
                .andExpect(flash().attribute("done", "正在呼叫您的分机 " + agent.getPhoneExtension() + "，接起后将为您拨打 儿子 赵强 "
                        + masked(sonsPhone) + "。"));

        assertThat(RecordingPbx.PLACED).contains(new AgentCall(agent.getPhoneExtension(), sonsPhone, theCase.getId(),
                agent.getUsername()));
        assertThat(cases.timeline(theCase.getId())).anySatisfy(ev -> {
            assertThat(ev.getKind()).isEqualTo("CALL_PLACED");
            assertThat(ev.getNote()).isEqualTo("拨打 儿子 赵强 " + masked(sonsPhone) + "（分机 " + agent.getPhoneExtension() + "）");
        });
        assertThat(audit.search(new AuditSearch(agent.getUsername(), AuditEntry.Action.CALL, null, theCase.getId(), null,
                null), 0, 5).getContent()).singleElement().satisfies(e -> assertThat(e.getDetail()).isEqualTo(
                        "案例 #" + theCase.getId() + " 点击拨号：儿子 赵强 " + masked(sonsPhone) + "，先呼叫分机 "
                                + agent.getPhoneExtension()));
        mvc.perform(get("/console/cases/{id}", theCase.getId()).with(as(agent)))
                .andExpect(content().string(containsString("点击拨号")));
    }

    @Test
    void anotherAgentAMadeUpKeyOrNoPhoneDialsNothing() throws Exception {
        Agent other = testAgents.create(AgentRole.AGENT, "坐席 别人");
        other.changePhoneExtension("PJSIP/9999");
        agents.save(other);
        int before = RecordingPbx.PLACED.size();

        mvc.perform(post("/console/cases/{id}/calls", theCase.getId()).param("target", "elder-0").with(as(other)).with(csrf()))
                .andExpect(flash().attribute("problem", "只有处理这个案件的坐席或主管可以从这里拨号。"));
        mvc.perform(get("/console/cases/{id}", theCase.getId()).with(as(other)))
                .andExpect(content().string(not(containsString("id=\"calls\""))));
        mvc.perform(post("/console/cases/{id}/calls", theCase.getId()).param("target", "13800000000").with(as(agent)).with(csrf()))
                .andExpect(flash().attribute("problem", "没有这个号码，请刷新页面后再试。"));
        mvc.perform(post("/console/cases/{id}/calls", theCase.getId()).param("target", "elder-0").with(as(agent)))
                .andExpect(status().isForbidden());
        Agent noPhone = testAgents.create(AgentRole.SUPERVISOR, "主管 无分机");
        mvc.perform(post("/console/cases/{id}/calls", theCase.getId()).param("target", "elder-0").with(as(noPhone)).with(csrf()))
                .andExpect(flash().attribute("problem", "您还没有设置分机，请先在“我的分机”中填写（例如 PJSIP/8001）。"));
        mvc.perform(post("/console/cases/{id}/calls", theCase.getId()).param("target", "elder-0").with(csrf()))
                .andExpect(redirectedUrl("/login"));

        assertThat(RecordingPbx.PLACED).hasSize(before);
    }

    @Test
    void anAgentSetsTheirOwnPhoneButNoTrunkDialStringAndAnAdminSetsAnyones() throws Exception {
        mvc.perform(post("/console/me/phone").param("phone", " PJSIP/8123 ").with(as(agent)).with(csrf()))
                .andExpect(redirectedUrl("/console/me/phone")).andExpect(flash().attribute("done", "已保存分机：PJSIP/8123"));
        assertThat(agents.findById(agent.getId()).orElseThrow().getPhoneExtension()).isEqualTo("PJSIP/8123");

        mvc.perform(post("/console/me/phone").param("phone", "PJSIP/13800000000@trunk").with(as(agent)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("不能含 @"), containsString("value=\"PJSIP/13800000000@trunk\""))));
        mvc.perform(post("/console/me/phone").param("phone", "PJSIP/8123\r\nAction: Command").with(as(agent)).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(agents.findById(agent.getId()).orElseThrow().getPhoneExtension()).isEqualTo("PJSIP/8123");
        mvc.perform(post("/console/me/phone").param("phone", "PJSIP/8124").with(as(agent))).andExpect(status().isForbidden());

        mvc.perform(post("/console/admin/accounts/{id}/phone", agent.getId()).param("phone", "Local/8123@agents")
                .with(as(agent)).with(csrf())).andExpect(status().isForbidden());
        Agent admin = testAgents.create(AgentRole.ADMIN, "管理员");
        mvc.perform(post("/console/admin/accounts/{id}/phone", agent.getId()).param("phone", "Local/8123@agents")
                        .with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/console/admin/accounts"))
                .andExpect(flash().attribute("done", "已保存 坐席 何静 的分机：Local/8123@agents"));
        assertThat(agents.findById(agent.getId()).orElseThrow().getPhoneExtension()).isEqualTo("Local/8123@agents");
        assertThat(audit.search(new AuditSearch(admin.getUsername(), AuditEntry.Action.UPDATE, null, null, null, null), 0, 5)
                .getContent()).anySatisfy(e -> assertThat(e.getDetail())
                        .isEqualTo("设置坐席 " + agent.getUsername() + " 的点击拨号分机：Local/8123@agents"));
        mvc.perform(get("/console/me/phone").with(as(agent)))
                .andExpect(content().string(containsString("当前：Local/8123@agents")));
    }

    private static String masked(String digits) {
        return digits.substring(0, 3) + "****" + digits.substring(7);
    }

    private static RequestPostProcessor as(Agent a) {
        return user(a.getUsername()).roles(a.getRole().name());
    }
}

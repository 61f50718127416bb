package cn.yinling.hotline.console.newcase;

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

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.agent.AuditEntry;
import cn.yinling.hotline.cases.agent.AuditSearch;
import cn.yinling.hotline.cases.agent.AuditTrail;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CareCaseRepository;
import cn.yinling.hotline.cases.casework.CaseStatus;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.Registration;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 新建案件 over HTTP: the elder found and chosen (the search audited, phones masked), or an
 * unregistered caller's number; the case held by the agent, opened in the workspace with 坐席手工创建
 * on its timeline and audited. Refusals in Chinese with everything typed kept; no form without the
 * console's token. This context has no PBX, so the new case's 拨打电话 buttons say 未接通电话系统.
 */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class NewCaseConsoleTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAgents testAgents;
    @Autowired
    TestStreet street;
    @Autowired
    Elders elders;
    @Autowired
    Cases cases;
    @Autowired
    CareCaseRepository caseRows;
    @Autowired
    AuditTrail audit;

    Agent agent;
    Elder elder;
    String phone;

    @BeforeEach
    void anAgentAndAnElder() {
        agent = testAgents.create(AgentRole.AGENT, "坐席 郑丽");
        elder = street.elder(street.household(street.newCommunity(), Registration.URBAN), "孙" + SEQ.incrementAndGet() + "兰");
        phone = String.format("1386%07d", 8_200_000 + SEQ.get());
        elders.addPhone(elder.elderId(), phone);
    }

    @Test
    void theElderIsFoundWithPhonesMaskedAndTheSearchAudited() throws Exception {
        mvc.perform(get("/console/cases/new").param("q", elder.getFullName()).with(as(agent)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"elderId\" value=\"" + elder.getId() + "\""),
                        containsString(phone.substring(0, 3) + "****" + phone.substring(7)), not(containsString(phone)))));
        assertThat(audit.search(new AuditSearch(agent.getUsername(), AuditEntry.Action.VIEW, null, null, null, null), 0, 5)
                .getContent()).anySatisfy(e -> assertThat(e.getDetail()).contains(elder.getFullName()));
    }

    @Test
    void aCaseForAChosenElderIsHeldByTheAgentAndOpensInTheWorkspace() throws Exception {
        MvcResult done = mvc.perform(form(elder.getId().toString(), "", "INCOMING_CALL", "ENQUIRY", "老人打直线问助浴")
                        .with(as(agent)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = done.getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/console/cases/".length()));
        assertThat(done.getFlashMap().get("done")).isEqualTo("已创建案件 #" + id + "，由您处理。");

        CareCase c = cases.get(id);
        assertThat(c.getAssigneeId()).isEqualTo(agent.getId());
        assertThat(c.getStatus()).isEqualTo(CaseStatus.CLAIMED);
        assertThat(c.getElderId()).isEqualTo(elder.getId());
        assertThat(c.getChannel()).isEqualTo(Channel.VOICE);
        mvc.perform(get(location).with(as(agent)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("坐席手工创建"), containsString("老人打直线问助浴"),
                        containsString("咨询求助"), containsString("id=\"actions\""))));
        assertThat(audit.search(new AuditSearch(agent.getUsername(), AuditEntry.Action.CREATE, null, id, null, null), 0, 5)
                .getContent()).singleElement()
                .satisfies(e -> assertThat(e.getDetail()).isEqualTo("手工创建案件 #" + id + "（咨询求助，来电）"));
    }

    @Test
    void anUnregisteredCallersNumberIsKeptAndNeverShownWhole() throws Exception {
        String strangers = String.format("1357%07d", 8_300_000 + SEQ.incrementAndGet());
        String location = mvc.perform(form("", strangers, "OUTGOING_CALL", "ENQUIRY", "回拨咨询").with(as(agent)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/console/cases/".length()));
        assertThat(cases.get(id).getCallerPhone()).isEqualTo(strangers);

        mvc.perform(get(location).with(as(agent)))
                .andExpect(content().string(allOf(containsString("来电人"),
                        containsString(strangers.substring(0, 3) + "****" + strangers.substring(7)),
                        not(containsString(strangers)))));
    }

    @Test
    void withoutAPhoneSystemTheCallButtonsSaySoAndACallDoesNothing() throws Exception {
        String location = mvc.perform(form(elder.getId().toString(), "", "WALK_IN", "ENQUIRY", "上门问政策")
                        .with(as(agent)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/console/cases/".length()));

        mvc.perform(get(location).with(as(agent)))
                .andExpect(content().string(allOf(containsString("id=\"calls\""), containsString("未接通电话系统"),
                        containsString("disabled"), containsString("name=\"target\" value=\"elder-0\""))));
        mvc.perform(post("/console/cases/{id}/calls", id).param("target", "elder-0").with(as(agent)).with(csrf()))
                .andExpect(redirectedUrl("/console/cases/" + id + "#calls"))
                .andExpect(flash().attribute("problem", "未接通电话系统，无法拨号。"));
        assertThat(cases.timeline(id)).noneMatch(ev -> ev.getKind().equals("CALL_PLACED"));
    }

    @Test
    void aFormMissingWhatItNeedsIsRefusedInChineseWithEverythingTypedKept() throws Exception {
        long before = caseRows.count();
        mvc.perform(form("", "", "", "FOLLOW_UP", "").with(as(agent)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("请选择一位老人，或选“未登记来电人”并填写电话。"),
                        containsString("请选择方式"), containsString("请选择案件类型。"), containsString("请写下第一条记录。"))));
        mvc.perform(form(elder.getId().toString(), "", "INCOMING_CALL", "ENQUIRY", "x".repeat(2001)).with(as(agent)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("最多"), containsString("value=\"" + elder.getId() + "\" checked"))));
        mvc.perform(form("", "12ab", "OTHER", "ENQUIRY", "电话打错了的记录").with(as(agent)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("电话号码不对"), containsString("value=\"12ab\""),
                        containsString("电话打错了的记录"))));
        mvc.perform(form("", phone, "OTHER", "ENQUIRY", "这是登记过的号码").with(as(agent)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("这个号码已登记在老人档案中"),
                        not(containsString(elder.getFullName() + "）")))));
        mvc.perform(form("999999999", "", "OTHER", "ENQUIRY", "不存在的老人").with(as(agent)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("没有找到这位老人")));
        assertThat(caseRows.count()).isEqualTo(before);
    }

    @Test
    void anElderWithAnOpenEmergencyGetsNoSecondOneButALinkToIt() throws Exception {
        CareCase open = cases.openEmergency(elder.elderId(), "我摔倒了", Channel.VOICE, "bot");
        mvc.perform(form(elder.getId().toString(), "", "INCOMING_CALL", "EMERGENCY", "邻居说老人摔倒").with(as(agent)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(
                        containsString("这位老人已有未结的紧急求助案件 #" + open.getId() + "，请在该案件中处理。"),
                        containsString("href=\"/console/cases/" + open.getId() + "\""))));
        cases.close(open.getId(), "EMERGENCY_DISPATCHED", "test");
    }

    @Test
    void noFormWithoutTheConsolesTokenAndNobodySignedOut() throws Exception {
        long before = caseRows.count();
        mvc.perform(form(elder.getId().toString(), "", "INCOMING_CALL", "ENQUIRY", "伪造的表单").with(as(agent)))
                .andExpect(status().isForbidden());
        mvc.perform(form(elder.getId().toString(), "", "INCOMING_CALL", "ENQUIRY", "未登录").with(csrf()))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/console/cases/new")).andExpect(redirectedUrl("/login"));
        assertThat(caseRows.count()).isEqualTo(before);
    }

    @Test
    void theCaseIsTheSignedInAgentsWhateverTheFormSays() throws Exception {
        Agent other = testAgents.create(AgentRole.AGENT, "坐席 另一人");
        String location = mvc.perform(form(elder.getId().toString(), "", "OTHER", "ENQUIRY", "谁的案件")
                        .param("agentId", other.getId().toString()).param("assigneeId", other.getId().toString())
                        .with(as(agent)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(cases.get(Long.parseLong(location.substring("/console/cases/".length()))).getAssigneeId())
                .isEqualTo(agent.getId());
    }

    private static MockHttpServletRequestBuilder form(String elderId, String callerPhone, String way, String type,
            String note) {
        return post("/console/cases/new").param("elderId", elderId).param("callerPhone", callerPhone).param("way", way)
                .param("type", type).param("complaintType", "OTHER").param("severity", "NORMAL").param("note", note);
    }

    private static RequestPostProcessor as(Agent a) {
        return user(a.getUsername()).roles(a.getRole().name());
    }
}

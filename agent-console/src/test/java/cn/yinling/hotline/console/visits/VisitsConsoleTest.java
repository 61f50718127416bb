package cn.yinling.hotline.console.visits;

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
import cn.yinling.hotline.cases.agent.AuditSearch;
import cn.yinling.hotline.cases.agent.AuditTrail;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.dispatch.WorkOrders;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.entitlement.Entitlements;
import cn.yinling.hotline.cases.provider.WorkerRepository;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.cases.visit.DoorCheckins;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 今日上门 on the console: states as of the injected clock, the elder's phone masked until a click that
 * is audited, staff's reported arrival and departure consumed on the ledger, held visits decided by
 * supervisors only with a reason, and the attacks (no CSRF, wrong role, forged ids) refused.
 */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class VisitsConsoleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAgents testAgents;
    @Autowired
    AuditTrail audit;
    @Autowired
    TestStreet street;
    @Autowired
    TestClock clock;
    @Autowired
    Elders elders;
    @Autowired
    Bookings bookings;
    @Autowired
    WorkOrders workOrders;
    @Autowired
    WorkerRepository workers;
    @Autowired
    Entitlements entitlements;
    @Autowired
    DoorCheckins door;

    Agent agent;
    Agent supervisor;
    VisitFixture v;

    @BeforeEach
    void aVisitAndTwoAccounts() {
        agent = testAgents.create(AgentRole.AGENT, "坐席 李娜");
        supervisor = testAgents.create(AgentRole.SUPERVISOR, "班长 周敏");
        v = new VisitFixture(street, clock, elders, bookings, workOrders, workers, "王秀英");
    }

    RequestPostProcessor as(Agent a) {
        return user(a.getUsername()).roles(a.getRole().name());
    }

    String page(Agent who) throws Exception {
        return mvc.perform(get(v.page()).with(as(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    String row(String page) {
        int from = page.indexOf("id=\"visit-" + v.order().getId() + "\"");
        assertThat(from).as("the visit's row").isPositive();
        return page.substring(from, page.indexOf("</tr>", from));
    }

    @Test
    void noArrivalByTheStartPlusGraceIsLateAndTheElderPhoneIsMaskedUntilAnAuditedClick() throws Exception {
        clock.set(v.start.plusMinutes(10));
        assertThat(row(page(agent))).contains("待上门").contains("王秀英").contains("张秀兰")
                .contains(v.worker.getPhone()).doesNotContain(v.elderPhone).contains("055****" + v.elderPhone.substring(7));
        clock.set(v.start.plusMinutes(16));
        String late = page(agent);
        assertThat(row(late)).contains("迟到未签到");
        assertThat(late).containsPattern("id=\"nav-visits\"><span>今日上门</span><span class=\"count\">\\d+</span>");

        MvcResult click = mvc.perform(post("/console/visits/" + v.order().getId() + "/elder-phone").with(as(agent))
                .with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        String shown = mvc.perform(get(v.page()).with(as(agent)).flashAttrs(click.getFlashMap())).andReturn()
                .getResponse().getContentAsString();
        assertThat(row(shown)).contains("tel:" + v.elderPhone);
        assertThat(row(page(agent))).as("masked again on the next view").doesNotContain(v.elderPhone);
        assertThat(auditOf(agent)).contains("在今日上门页查看派工单 #" + v.order().getId() + " 老人（王秀英）的完整电话");
    }

    @Test
    void staffRecordAReportedArrivalAndDepartureAndTheVisitIsConsumed() throws Exception {
        clock.set(v.start.plusHours(3));
        long order = v.order().getId();
        mvc.perform(post("/console/visits/" + order + "/arrival").param("time", "25:00").with(as(agent)).with(csrf()))
                .andExpect(flash().attribute("problem", "时间不对：请填写已经过去的时间（时:分），签退须晚于签到。"));
        mvc.perform(post("/console/visits/" + order + "/arrival").param("time", "10:05").with(as(agent)).with(csrf()))
                .andExpect(flash().attribute("done", "已登记签到。"));
        assertThat(row(page(agent))).contains("未签退").contains("工作人员登记（较弱）").contains("到 10:05");
        mvc.perform(post("/console/visits/" + order + "/departure").param("time", "11:50").with(as(agent)).with(csrf()))
                .andExpect(flash().attribute("done", "已登记签退，并按记录扣减。"));
        assertThat(row(page(agent))).contains("已完成").contains("记录105分钟").contains("计费120分钟");
        assertThat(entitlements.balances(v.elder.elderId()).get(0).consumed()).isEqualTo(120);
        assertThat(auditOf(agent)).contains("为派工单 #" + order + " 登记签到（10:05，工作人员登记）",
                "为派工单 #" + order + " 登记签退（11:50，工作人员登记）");
    }

    @Test
    void aHeldVisitIsDecidedBySupervisorsOnlyWithAReasonAndNothingTypedIsLost() throws Exception {
        clock.set(v.start);
        door.checkIn(v.elderPhone, v.worker.getWorkerNumber(), null);
        clock.set(v.start.plusMinutes(80));
        door.problem(door.checkIn(v.elderPhone, v.worker.getWorkerNumber(), null).visitId());
        long order = v.order().getId();
        assertThat(row(page(agent))).contains("有争议").contains("老人签退时按9反映问题").contains("待班长或管理员处理")
                .doesNotContain("/console/supervisor/visits/");

        mvc.perform(post("/console/supervisor/visits/" + order + "/decide").param("decision", "RELEASE")
                .param("reason", "坐席自己处理").with(as(agent)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/console/supervisor/visits/" + order + "/decide").param("decision", "RELEASE")
                .param("reason", "没有令牌").with(as(supervisor))).andExpect(status().isForbidden());
        MvcResult refused = mvc.perform(post("/console/supervisor/visits/" + order + "/decide")
                .param("decision", "OTHER_LENGTH").param("minutes", "500").param("reason", "只做了一半")
                .with(as(supervisor)).with(csrf()))
                .andExpect(flash().attribute("problem", "时长不对：请填写1到预约时长之间的分钟数。")).andReturn();
        String again = mvc.perform(get(v.page()).with(as(supervisor)).flashAttrs(refused.getFlashMap())).andReturn()
                .getResponse().getContentAsString();
        assertThat(row(again)).contains("value=\"只做了一半\"").contains("value=\"500\"");
        mvc.perform(post("/console/supervisor/visits/" + order + "/decide").param("decision", "OTHER_LENGTH")
                .param("minutes", "60").param("reason", "只做了一半").with(as(supervisor)).with(csrf()))
                .andExpect(flash().attribute("done", "已处理。"));
        assertThat(entitlements.balances(v.elder.elderId()).get(0).consumed()).isEqualTo(60);
        assertThat(row(page(agent))).contains("已完成").contains("只做了一半");
        assertThat(auditOf(supervisor)).contains("处理派工单 #" + order + " 的争议：按其他时长扣减 60（只做了一半）");
    }

    @Test
    void noFormWorksWithoutItsCsrfTokenAndForgedIdsFindNothing() throws Exception {
        long order = v.order().getId();
        for (String action : List.of("elder-phone", "arrival", "departure", "no-show")) {
            mvc.perform(post("/console/visits/" + order + "/" + action).param("time", "10:00").with(as(agent)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/console/visits/" + order + "/no-show").with(csrf())).andExpect(status().is3xxRedirection()); // login
        mvc.perform(post("/console/visits/99999999/elder-phone").with(as(agent)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/console/supervisor/visits/99999999/decide").param("decision", "RELEASE").param("reason", "x")
                .with(as(supervisor)).with(csrf())).andExpect(status().isNotFound());
        assertThat(row(page(agent))).contains("待上门");
        assertThat(auditOf(agent)).noneMatch(d -> d.contains("完整电话"));

        clock.set(v.start.plusMinutes(30));
        mvc.perform(post("/console/visits/" + order + "/no-show").with(as(agent)).with(csrf()))
                .andExpect(flash().attribute("done", "已标记未上门，预扣的时长已退回。"));
        assertThat(row(page(agent))).contains("未上门");
        assertThat(entitlements.balances(v.elder.elderId()).get(0).held()).isZero();
        mvc.perform(post("/console/visits/" + order + "/arrival").param("time", "10:00").with(as(agent)).with(csrf()))
                .andExpect(flash().attribute("problem", "这次上门已经结束或取消，不能再修改。"));
    }

    List<String> auditOf(Agent who) {
        return audit.search(new AuditSearch(who.getUsername(), null, null, null, null, null), 0, 50).getContent()
                .stream().map(AuditEntry::getDetail).toList();
    }

}

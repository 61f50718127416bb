package cn.yinling.hotline.console.casesearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.agent.AuditEntry;
import cn.yinling.hotline.cases.agent.AuditSearch;
import cn.yinling.hotline.cases.agent.AuditTrail;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseType;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.ContactWay;
import cn.yinling.hotline.cases.casework.ManualCase;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 案件查询 over HTTP: names and numbers masked in the results, a search by phone in the audit log,
 * the agent's own open and closed lists, pages with the total, and bad input answered in Chinese
 * with the filters kept — never a wildcard, a stack trace or a silent cut.
 */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class CaseSearchConsoleTest {

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
    AuditTrail audit;

    Agent agent;
    Elder elder;
    String phone;
    CareCase open;
    CareCase closed;

    @BeforeEach
    void anAgentWithOneOpenAndOneClosedCase() {
        agent = testAgents.create(AgentRole.AGENT, "坐席 周婷");
        String community = street.newCommunity();
        elder = street.elder(street.household(community, Registration.URBAN), "欧阳秀英");
        phone = String.format("1385%07d", 8_100_000 + SEQ.incrementAndGet());
        elders.addPhone(elder.elderId(), phone);
        open = cases.openByHand(new ManualCase(elder.elderId(), null, ContactWay.INCOMING_CALL, CaseType.ENQUIRY, null,
                null, "问助餐", agent.getId(), agent.getUsername()));
        closed = cases.openByHand(new ManualCase(elder.elderId(), null, ContactWay.WALK_IN, CaseType.ENQUIRY, null,
                null, "问补贴", agent.getId(), agent.getUsername()));
        cases.close(closed.getId(), "INFORMATION_GIVEN", agent.getUsername());
    }

    @Test
    void aSearchByTheLastFourDigitsShowsNamesAndNumbersMaskedAndIsAudited() throws Exception {
        String lastFour = phone.substring(7);

        String page = mvc.perform(get("/console/cases").param("phone", lastFour).param("agent", agent.getId().toString())
                        .with(as(agent)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"case-" + open.getId() + "\"")))
                .andExpect(content().string(containsString("欧**英")))
                .andExpect(content().string(containsString("共 2 条")))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).doesNotContain("欧阳秀英").doesNotContain(phone);
        assertThat(audit.search(new AuditSearch(agent.getUsername(), AuditEntry.Action.VIEW, null, null, null, null), 0, 10)
                .getContent()).anySatisfy(e -> assertThat(e.getDetail()).isEqualTo("查询案件：电话后四位 " + lastFour + "（共 2 条）"));
    }

    @Test
    void aWholeNumberInAnySpellingIsAuditedMasked() throws Exception {
        String spaced = "+86 " + phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7);
        mvc.perform(get("/console/cases").param("phone", spaced).with(as(agent)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"case-" + closed.getId() + "\"")));

        assertThat(audit.search(new AuditSearch(agent.getUsername(), AuditEntry.Action.VIEW, null, null, null, null), 0, 10)
                .getContent()).anySatisfy(e -> assertThat(e.getDetail())
                        .isEqualTo("查询案件：电话 " + phone.substring(0, 3) + "****" + phone.substring(7) + "（共 2 条）"));
    }

    @Test
    void myOpenAndMyClosedListOnlyTheAgentsOwnCases() throws Exception {
        Agent other = testAgents.create(AgentRole.AGENT, "坐席 吴昊");
        CareCase theirs = cases.openByHand(new ManualCase(elder.elderId(), null, ContactWay.OTHER, CaseType.ENQUIRY, null,
                null, "别人的", other.getId(), other.getUsername()));

        mvc.perform(get("/console/cases").param("view", "mine-open").with(as(agent)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1 id=\"search-title\">我的处理中</h1>")))
                .andExpect(content().string(allOf(containsString("id=\"case-" + open.getId() + "\""),
                        not(containsString("id=\"case-" + closed.getId() + "\"")),
                        not(containsString("id=\"case-" + theirs.getId() + "\"")))));
        mvc.perform(get("/console/cases").param("view", "mine-closed").with(as(agent)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("我的已结案")))
                .andExpect(content().string(allOf(containsString("id=\"case-" + closed.getId() + "\""),
                        not(containsString("id=\"case-" + open.getId() + "\"")))));
        mvc.perform(get("/console/cases").param("view", "mine-open").param("agent", other.getId().toString())
                        .with(as(agent)))
                .andExpect(content().string(not(containsString("id=\"case-" + theirs.getId() + "\""))));
    }

    @Test
    void theNavLeadsToTheSearchAndTheAgentsOwnListsFromEveryPage() throws Exception {
        mvc.perform(get("/console/queue").with(as(agent)))
                .andExpect(content().string(allOf(containsString("href=\"/console/cases\""),
                        containsString("href=\"/console/cases?view=mine-open\""),
                        containsString("href=\"/console/cases?view=mine-closed\""),
                        containsString("href=\"/console/cases/new\""))));
    }

    @Test
    void manyResultsComeAPageAtATimeWithTheTotalAndALinkToTheNext() throws Exception {
        for (int i = 0; i < 22; i++) {
            cases.openByHand(new ManualCase(elder.elderId(), null, ContactWay.OTHER, CaseType.ENQUIRY, null, null,
                    "第" + i + "件", agent.getId(), agent.getUsername()));
        }
        mvc.perform(get("/console/cases").param("agent", agent.getId().toString()).with(as(agent)))
                .andExpect(content().string(allOf(containsString("共 24 条"), containsString("第 1 / 2 页"),
                        containsString("id=\"search-next\""), containsString("agent=" + agent.getId() + "&amp;page=1"))));
        mvc.perform(get("/console/cases").param("agent", agent.getId().toString()).param("page", "1").with(as(agent)))
                .andExpect(content().string(allOf(containsString("第 2 / 2 页"), containsString("id=\"search-previous\""),
                        not(containsString("id=\"search-next\"")))));
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefusedInChineseWithTheFiltersKept() throws Exception {
        mvc.perform(get("/console/cases").param("from", "2026-03-10").param("to", "2026-03-01").param("elder", "秀英")
                        .with(as(agent)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("结束日期早于开始日期，请检查日期范围。"),
                        containsString("value=\"2026-03-10\""), containsString("value=\"2026-03-01\""),
                        containsString("value=\"秀英\""), not(containsString("id=\"case-results\"")))));
    }

    @Test
    void badInputIsNamedInChineseNotRunAndNeverAWildcard() throws Exception {
        mvc.perform(get("/console/cases").param("phone", "13%").param("id", "abc").param("from", "3月1日")
                        .param("type", "NOPE").with(as(agent)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("案件编号请填写数字"),
                        containsString("电话请填写完整号码（手机号或带区号的座机号），或号码的后四位。"),
                        containsString("日期格式不对"), containsString("所选条件无效"),
                        not(containsString("Exception")))));
        mvc.perform(get("/console/cases").param("elder", "%").param("agent", agent.getId().toString()).with(as(agent)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("没有符合条件的案件。")));
        mvc.perform(get("/console/cases").param("page", "-3' or 1=1").param("agent", agent.getId().toString())
                        .with(as(agent)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("第 1 / 1 页")));
    }

    @Test
    void nobodySignedOutSearches() throws Exception {
        mvc.perform(get("/console/cases").param("phone", "0001")).andExpect(redirectedUrl("/login"));
    }

    private static RequestPostProcessor as(Agent a) {
        return user(a.getUsername()).roles(a.getRole().name());
    }
}

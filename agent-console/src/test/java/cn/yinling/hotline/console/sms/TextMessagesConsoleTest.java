package cn.yinling.hotline.console.sms;

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
import cn.yinling.hotline.cases.agent.AuditSearch;
import cn.yinling.hotline.cases.agent.AuditTrail;
import cn.yinling.hotline.cases.elder.PhoneNumber;
import cn.yinling.hotline.cases.sms.TextMessage;
import cn.yinling.hotline.cases.sms.TextMessageRepository;
import cn.yinling.hotline.cases.sms.TextMessageState;
import cn.yinling.hotline.cases.sms.TextMessages;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 短信 on the console: supervisors see the messages by state with numbers masked, open one in full
 * (audited) and put a failed one back in the queue (audited); anonymous visitors, agents, forms
 * without the CSRF token and unknown ids are refused.
 */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class TextMessagesConsoleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAgents testAgents;
    @Autowired
    AuditTrail audit;
    @Autowired
    TextMessages texts;
    @Autowired
    TextMessageRepository repository;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    Agent agent;
    Agent supervisor;
    String phone;
    TextMessage failed;

    @BeforeEach
    void aFailedMessage() {
        agent = testAgents.create(AgentRole.AGENT, "坐席 李娜");
        supervisor = testAgents.create(AgentRole.SUPERVISOR, "班长 周敏");
        phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("elder", "王秀英");
        params.put("place", "东风社区3号楼201");
        params.put("what", "摔倒了");
        params.put("callback", "12349");
        failed = tx.execute(s -> texts.queue(new PhoneNumber(phone, PhoneNumber.Kind.MOBILE), "emergency.family", params,
                "case:1"));
        jdbc.update("update text_message set state = 'FAILED', attempts = 5, last_error = ? where id = ?",
                "FailedOperation.TemplateIncorrectOrUnapproved: 模板未审批", failed.getId());
    }

    RequestPostProcessor as(Agent a) {
        return user(a.getUsername()).roles(a.getRole().name());
    }

    String page(String url) throws Exception {
        return mvc.perform(get(url).with(as(supervisor))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void aSupervisorSeesFailedMessagesWithTheNumberMaskedAndTheWordsOnlyInTheAuditedView() throws Exception {
        String list = page("/console/supervisor/sms?state=FAILED");
        String masked = phone.substring(0, 3) + "****" + phone.substring(7);
        assertThat(list).contains("message-" + failed.getId()).contains(masked).doesNotContain(phone)
                .contains("紧急求助·通知家属", "发送失败", "FailedOperation.TemplateIncorrectOrUnapproved", "重新发送")
                .doesNotContain("东风社区3号楼201").contains("日志");
        assertThat(page("/console/supervisor/sms?state=SENT")).doesNotContain("message-" + failed.getId());

        String one = page("/console/supervisor/sms/" + failed.getId());
        assertThat(one).contains(phone).contains("紧急求助：您的家人王秀英（东风社区3号楼201）摔倒了。");
        assertThat(entries()).anySatisfy(d -> assertThat(d).contains("打开短信 #" + failed.getId()));
    }

    @Test
    void retryPutsAFailedMessageBackInTheQueueOnceAndIsAudited() throws Exception {
        mvc.perform(post("/console/supervisor/sms/" + failed.getId() + "/retry").with(as(supervisor)).with(csrf()))
                .andExpect(redirectedUrl("/console/supervisor/sms?state=FAILED"))
                .andExpect(flash().attribute("done", "短信 #" + failed.getId() + " 已重新排队发送。"));
        TextMessage again = repository.findById(failed.getId()).orElseThrow();
        assertThat(again.getState()).isEqualTo(TextMessageState.QUEUED);
        assertThat(again.getAttempts()).isZero();
        assertThat(entries()).anySatisfy(d -> assertThat(d).contains("重新发送失败的短信 #" + failed.getId()));

        mvc.perform(post("/console/supervisor/sms/" + failed.getId() + "/retry").with(as(supervisor)).with(csrf()))
                .andExpect(flash().attribute("problem", "短信 #" + failed.getId() + " 不是“发送失败”状态，无需重新发送。"));
    }

    @Test
    void anonymousVisitorsAgentsAndFormsWithoutTheTokenAreRefused() throws Exception {
        mvc.perform(get("/console/supervisor/sms")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/console/supervisor/sms").with(as(agent))).andExpect(status().isForbidden());
        mvc.perform(get("/console/supervisor/sms/" + failed.getId()).with(as(agent))).andExpect(status().isForbidden());
        mvc.perform(post("/console/supervisor/sms/" + failed.getId() + "/retry").with(as(agent)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/supervisor/sms/" + failed.getId() + "/retry").with(as(supervisor)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/supervisor/sms/" + failed.getId() + "/retry").with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        assertThat(repository.findById(failed.getId()).orElseThrow().getState()).isEqualTo(TextMessageState.FAILED);

        mvc.perform(get("/console/supervisor/sms/99999999").with(as(supervisor))).andExpect(status().isNotFound());
        mvc.perform(post("/console/supervisor/sms/99999999/retry").with(as(supervisor)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theNavigationShowsTheLinkToSupervisorsOnly() throws Exception {
        assertThat(page("/console/supervisor/sms")).contains("href=\"/console/supervisor/sms\"");
        String agentPage = mvc.perform(get("/console/providers").with(as(agent))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(agentPage).doesNotContain("/console/supervisor/sms");
    }

    private java.util.List<String> entries() {
        return audit.search(new AuditSearch(supervisor.getUsername(), null, null, null, null, null), 0, 50).getContent()
                .stream().map(AuditEntry::getDetail).toList();
    }
}

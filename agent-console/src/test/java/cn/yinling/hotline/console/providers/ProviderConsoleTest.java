package cn.yinling.hotline.console.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.agent.AuditEntry;
import cn.yinling.hotline.cases.agent.AuditSearch;
import cn.yinling.hotline.cases.agent.AuditTrail;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRequest;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.provider.ProviderDirectory;
import cn.yinling.hotline.cases.provider.ProviderRepository;
import cn.yinling.hotline.cases.provider.Worker;
import cn.yinling.hotline.cases.provider.WorkerRepository;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
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
 * Providers and workers on the console: supervisors keep them (every problem in Chinese, every
 * change audited), agents only read them (phones masked), the pages refuse other roles and missing
 * CSRF tokens, names are shown as text; a worker's stranded visits are handed to another worker.
 */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class ProviderConsoleTest {

    static final AtomicInteger NUMBER = new AtomicInteger(5000);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAgents testAgents;
    @Autowired
    AuditTrail audit;
    @Autowired
    ProviderRepository providers;
    @Autowired
    WorkerRepository workers;
    @Autowired
    ProviderDirectory directory;
    @Autowired
    TestStreet street;
    @Autowired
    TestClock clock;
    @Autowired
    Bookings bookings;

    Agent agent;
    Agent supervisor;
    String community;

    @BeforeEach
    void accounts() {
        clock.set(ConsoleTestApplication.START);
        agent = testAgents.create(AgentRole.AGENT, "坐席 李娜");
        supervisor = testAgents.create(AgentRole.SUPERVISOR, "班长 周敏");
        community = "银杏社区" + UUID.randomUUID().toString().substring(0, 6);
    }

    RequestPostProcessor as(Agent a) {
        return user(a.getUsername()).roles(a.getRole().name());
    }

    MockHttpServletRequestBuilder newProvider(String name) {
        return post("/console/supervisor/providers/new").param("name", name).param("contactPerson", "张经理")
                .param("phone", "13905551234").param("contractNumber", "YS-2026-007").param("contractStart", "2026-01-01")
                .param("contractEnd", "2026-12-31").param("category", "HOUSEKEEPING", "LIFE_CARE")
                .param("streets", "").param("communities", community);
    }

    long created(MvcResult r, String prefix) {
        String location = r.getResponse().getRedirectedUrl();
        assertThat(location).startsWith(prefix);
        return Long.parseLong(location.substring(prefix.length()));
    }

    long provider(String name) throws Exception {
        return created(mvc.perform(newProvider(name).with(as(supervisor)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn(), "/console/providers/");
    }

    long worker(long providerId, String name) throws Exception {
        long id = created(mvc.perform(post("/console/supervisor/workers/new").param("providerId", String.valueOf(providerId))
                .param("workerNumber", String.valueOf(NUMBER.incrementAndGet())).param("fullName", name)
                .param("phone", "13905559876").param("category", "HOUSEKEEPING").with(as(supervisor)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn(), "/console/workers/");
        for (int day = 1; day <= 7; day++) {
            mvc.perform(post("/console/supervisor/workers/" + id + "/shifts").param("day", String.valueOf(day))
                    .param("start", "08:00").param("end", "12:00").with(as(supervisor)).with(csrf()))
                    .andExpect(flash().attribute("done", "已保存。"));
        }
        return id;
    }

    String page(String url, Agent as) throws Exception {
        return mvc.perform(get(url).with(as(as))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void aSupervisorKeepsAProviderAndAnAgentReadsItWithThePhoneMaskedAndTheNameAsText() throws Exception {
        long id = provider("<script>alert(1)</script>夕阳红家政");
        assertThat(providers.findById(id).orElseThrow().getContractNumber()).isEqualTo("YS-2026-007");
        String list = page("/console/providers", agent);
        assertThat(list).contains("&lt;script&gt;alert(1)&lt;/script&gt;夕阳红家政").doesNotContain("<script>alert(1)")
                .contains("139****1234").doesNotContain("13905551234").doesNotContain("新增服务商");
        String detail = page("/console/providers/" + id, agent);
        assertThat(detail).contains("YS-2026-007").contains("家政服务").contains(community).doesNotContain("13905551234")
                .doesNotContain("/console/supervisor/providers/" + id + "/edit");
        assertThat(page("/console/providers", supervisor)).contains("新增服务商");

        String form = page("/console/supervisor/providers/" + id + "/edit", supervisor);
        assertThat(form).contains("13905551234");
        assertThat(audit.search(new AuditSearch(supervisor.getUsername(), null, null, null, null, null), 0, 50).getContent()).extracting(AuditEntry::getDetail)
                .contains("新增服务商 #" + id + "：<script>alert(1)</script>夕阳红家政",
                        "打开服务商 #" + id + "（<script>alert(1)</script>夕阳红家政）的修改页（显示完整电话）");

        mvc.perform(post("/console/supervisor/providers/" + id + "/active").param("active", "false")
                .with(as(supervisor)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(providers.findById(id).orElseThrow().isActive()).isFalse();
        assertThat(page("/console/providers/" + id, agent)).contains("已停用");
    }

    @Test
    void aRefusedFormSaysEveryProblemInChineseAndKeepsWhatWasTyped() throws Exception {
        String page = mvc.perform(post("/console/supervisor/providers/new").param("name", "  ").param("phone", "12345")
                .param("contractStart", "2026-12-31").param("contractEnd", "2026-01-01").param("contractNumber", "HT-9")
                .with(as(supervisor)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("没有保存，请修改以下内容：", "请填写名称或姓名。", "电话号码不对", "合同结束日期早于开始日期。",
                "请至少选择一个服务类别。", "请填写服务街道或服务社区。").contains("value=\"HT-9\"");

        long providerId = provider("康乐服务社");
        long first = worker(providerId, "刘红");
        String number = workers.findById(first).orElseThrow().getWorkerNumber();
        String workerPage = mvc.perform(post("/console/supervisor/workers/new").param("providerId", String.valueOf(providerId))
                .param("workerNumber", number).param("fullName", "王芳").param("category", "HEALTH")
                .with(as(supervisor)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(workerPage).contains("这个工号已经有其他护工在用。", "所选服务类别不在服务商的合同范围内。").contains("value=\"王芳\"");
        assertThat(mvc.perform(post("/console/supervisor/workers/new").param("providerId", String.valueOf(providerId))
                .param("workerNumber", "12a").param("fullName", "王芳").param("category", "HOUSEKEEPING")
                .with(as(supervisor)).with(csrf())).andReturn().getResponse().getContentAsString())
                .contains("工号须为4位数字。");

        mvc.perform(post("/console/supervisor/workers/" + first + "/shifts").param("day", "1").param("start", "10:00")
                .param("end", "11:00").with(as(supervisor)).with(csrf()))
                .andExpect(flash().attribute("problem", "这个班次与当天已有的班次重叠。"));
        mvc.perform(post("/console/supervisor/workers/" + first + "/shifts").param("day", "1").param("start", "14:00")
                .param("end", "13:00").with(as(supervisor)).with(csrf()))
                .andExpect(flash().attribute("problem", "班次时间不对：结束时间须晚于开始时间。"));
        mvc.perform(post("/console/supervisor/workers/" + first + "/shifts").param("day", "1").param("start", "13:30")
                .param("end", "17:30").with(as(supervisor)).with(csrf())).andExpect(flash().attribute("done", "已保存。"));
        assertThat(directory.shiftsOf(first)).hasSize(8);
        mvc.perform(post("/console/supervisor/workers/" + first + "/absences").param("kind", "SICK")
                .param("firstDay", "2026-03-10").param("lastDay", "2026-03-09").param("reason", "")
                .with(as(supervisor)).with(csrf()))
                .andExpect(flash().attribute("problem", "最后一天早于第一天。 请填写原因。"));
    }

    @Test
    void agentsCannotChangeProvidersOrWorkersAndNoFormWorksWithoutItsCsrfToken() throws Exception {
        long providerId = provider("互助服务社");
        long workerId = worker(providerId, "陈静");
        // Fresh requests for every attempt: a builder keeps the post-processors added to it.
        List<Supplier<MockHttpServletRequestBuilder>> attempts = List.of(() -> newProvider("坐席建的服务社"),
                () -> post("/console/supervisor/providers/" + providerId + "/active").param("active", "false"),
                () -> post("/console/supervisor/workers/" + workerId + "/active").param("active", "false"),
                () -> post("/console/supervisor/workers/" + workerId + "/absences").param("kind", "LEAVE")
                        .param("firstDay", "2026-03-04").param("lastDay", "2026-03-04").param("reason", "事假"),
                () -> post("/console/supervisor/workers/" + workerId + "/edit").param("providerId", String.valueOf(providerId))
                        .param("workerNumber", "0001").param("fullName", "改名").param("category", "HOUSEKEEPING"));
        for (Supplier<MockHttpServletRequestBuilder> attempt : attempts) {
            mvc.perform(attempt.get().with(as(agent)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(attempt.get().with(as(supervisor))).andExpect(status().isForbidden());
        }
        assertThat(workers.findById(workerId).orElseThrow().getFullName()).isEqualTo("陈静");
        mvc.perform(get("/console/supervisor/providers/new").with(as(agent))).andExpect(status().isForbidden());
        mvc.perform(get("/console/supervisor/workers/" + workerId + "/edit").with(as(agent))).andExpect(status().isForbidden());
        assertThat(providers.findById(providerId).orElseThrow().isActive()).isTrue();
        assertThat(workers.findById(workerId).orElseThrow().isActive()).isTrue();
        assertThat(directory.absencesOf(workerId)).isEmpty();
        assertThat(page("/console/workers/" + workerId, agent)).contains("陈静").contains("139****9876")
                .doesNotContain("13905559876").doesNotContain("/console/supervisor/workers/" + workerId + "/active");
        mvc.perform(get("/console/providers")).andExpect(status().is3xxRedirection());
    }

    @Test
    void leaveThatStrandsAVisitOpensItsReassignmentToAFreeWorker() throws Exception {
        long providerId = provider("邻里家政");
        long first = worker(providerId, "孙丽");
        Elder elder = street.elderWithPolicy(community, null);
        LocalDateTime wednesday = LocalDateTime.of(2026, 3, 4, 9, 0);
        Booking visit = bookings.book(new BookingRequest(elder.elderId(), "cleaning", wednesday, 60, Channel.VOICE, "test",
                UUID.randomUUID().toString(), false, null));
        assertThat(visit.getWorkerId()).isEqualTo(first);
        long second = worker(providerId, "<b>赵敏</b>");

        mvc.perform(post("/console/supervisor/workers/" + first + "/absences").param("kind", "LEAVE")
                .param("firstDay", "2026-03-04").param("lastDay", "2026-03-05").param("reason", "家中有事")
                .with(as(supervisor)).with(csrf()))
                .andExpect(redirectedUrl("/console/supervisor/workers/" + first + "/visits"));
        String visits = page("/console/supervisor/workers/" + first + "/visits", supervisor);
        assertThat(visits).contains("visit-" + visit.getId()).contains("需要改派").contains(elder.getFullName())
                .contains("&lt;b&gt;赵敏&lt;/b&gt;").doesNotContain("<b>赵敏");
        mvc.perform(get("/console/supervisor/workers/" + first + "/visits").with(as(agent))).andExpect(status().isForbidden());

        mvc.perform(post("/console/supervisor/bookings/" + visit.getId() + "/reassign").param("from", String.valueOf(first))
                .param("workerId", String.valueOf(first)).with(as(supervisor)).with(csrf()))
                .andExpect(flash().attribute("problem", "这位护工这个时间已经不能接这项服务了，请另选一位。"));
        mvc.perform(post("/console/supervisor/bookings/" + visit.getId() + "/reassign").param("from", String.valueOf(first))
                .param("workerId", String.valueOf(second)).with(as(agent)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/console/supervisor/bookings/" + visit.getId() + "/reassign").param("from", String.valueOf(first))
                .param("workerId", String.valueOf(second)).with(as(supervisor)).with(csrf()))
                .andExpect(flash().attribute("done", "已改派。绑定了微信并同意通知的家属会收到新的预约通知。"));
        assertThat(bookings.find(visit.getId()).orElseThrow().getWorkerId()).isEqualTo(second);
        Worker before = workers.findById(first).orElseThrow();
        assertThat(audit.of(elder.elderId())).extracting(AuditEntry::getDetail)
                .contains("预约 #" + visit.getId() + " 改派：孙丽（" + before.getWorkerNumber() + "） → <b>赵敏</b>（"
                        + workers.findById(second).orElseThrow().getWorkerNumber() + "）");
        assertThat(page("/console/supervisor/workers/" + first + "/visits", supervisor)).contains("这位护工今后没有预约的服务。");

        // Deactivating the second worker strands the visit again.
        mvc.perform(post("/console/supervisor/workers/" + second + "/active").param("active", "false")
                .with(as(supervisor)).with(csrf()))
                .andExpect(redirectedUrl("/console/supervisor/workers/" + second + "/visits"));
        assertThat(page("/console/supervisor/workers/" + second + "/visits", supervisor)).contains("需要改派")
                .contains("这个时间没有其他空闲且能做这项服务的护工");
    }
}

package cn.yinling.hotline.console.dispatch;

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
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.dispatch.WorkOrder;
import cn.yinling.hotline.cases.dispatch.WorkOrders;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.provider.ProviderDirectory;
import cn.yinling.hotline.cases.sms.TextMessage;
import cn.yinling.hotline.cases.sms.TextMessages;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The dispatch list on the console: the day's orders with addresses and phones masked until asked
 * for (then audited per elder), filters by provider and worker, the Excel read back with POI, staff
 * handing a visit to another worker (both told by SMS, audited; refused in Chinese when the worker
 * cannot take it), and the attacks: anonymous, no CSRF token, forged ids, a bad date.
 */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class DispatchConsoleTest {

    private static final LocalDateTime WEDNESDAY_9 = LocalDateTime.of(2026, 3, 4, 9, 0);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAgents testAgents;
    @Autowired
    AuditTrail audit;
    @Autowired
    ProviderDirectory directory;
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
    TextMessages textMessages;

    Agent agent;
    Agent supervisor;
    DispatchWorld world;

    @BeforeEach
    void world() {
        clock.set(ConsoleTestApplication.START);
        agent = testAgents.create(AgentRole.AGENT, "坐席 李娜");
        supervisor = testAgents.create(AgentRole.SUPERVISOR, "班长 周敏");
        world = new DispatchWorld(directory, street, elders, bookings);
    }

    RequestPostProcessor as(Agent a) {
        return user(a.getUsername()).roles(a.getRole().name());
    }

    String page(String url, Agent as) throws Exception {
        return mvc.perform(get(url).with(as(as))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    WorkOrder orderOf(Booking b) {
        return workOrders.forBooking(b.getId()).orElseThrow();
    }

    List<String> audited(Elder e) {
        return audit.of(e.elderId()).stream().map(AuditEntry::getDetail).toList();
    }

    @Test
    void theDayListShowsEveryOrderMaskedUntilAskedForAndTheFullViewIsAuditedPerElder() throws Exception {
        long first = world.provider("夕阳红家政");
        long texted = world.worker(first, "孙丽", "13905557001");
        long second = world.provider("<b>邻里</b>服务社");
        Elder wang = world.elder("13812347001");
        Booking visit = world.book(wang, WEDNESDAY_9);
        assertThat(visit.getWorkerId()).isEqualTo(texted);
        // The first worker is busy at nine: the second visit goes to the other provider's worker, who has no mobile.
        long silent = world.worker(second, "赵敏", null);
        Elder li = world.elder("05552347002");
        Booking other = world.book(li, WEDNESDAY_9);
        assertThat(other.getWorkerId()).isEqualTo(silent);

        String masked = page("/console/dispatch?day=2026-03-04", agent);
        assertThat(masked).contains("order-" + orderOf(visit).getId(), "order-" + orderOf(other).getId())
                .contains("王阿姨（王秀英）").contains("138****7001").doesNotContain("13812347001")
                .contains(world.community + "（地址已隐藏）").doesNotContain(wang.getAddress())
                .contains(orderOf(visit).getVisitCode()).contains("待发送").contains("无手机号，未发短信")
                .contains("&lt;b&gt;邻里&lt;/b&gt;服务社").doesNotContain("<b>邻里");
        assertThat(audited(wang)).noneMatch(d -> d.contains("派工单"));

        String full = page("/console/dispatch?day=2026-03-04&full=true", agent);
        assertThat(full).contains(wang.getAddress()).contains("13812347001").contains(li.getAddress());
        assertThat(audited(wang)).contains("查看 2026-03-04 派工单（显示完整地址和电话）");
        assertThat(audited(li)).contains("查看 2026-03-04 派工单（显示完整地址和电话）");

        String ofProvider = page("/console/dispatch?day=2026-03-04&provider=" + second, supervisor);
        assertThat(ofProvider).contains("order-" + orderOf(other).getId()).doesNotContain("order-" + orderOf(visit).getId());
        String ofWorker = page("/console/dispatch?day=2026-03-04&worker=" + texted, supervisor);
        assertThat(ofWorker).contains("order-" + orderOf(visit).getId()).doesNotContain("order-" + orderOf(other).getId());
        assertThat(page("/console/dispatch?day=2026-03-05&worker=" + texted, agent)).contains("这一天没有派工。");
    }

    @Test
    void theExcelHoldsTheOrdersInFullAndIsAuditedAsAnExport() throws Exception {
        long provider = world.provider("康乐服务社");
        long worker = world.worker(provider, "刘红", "13905557011");
        Elder wang = world.elder("13812347011");
        Booking visit = world.book(wang, WEDNESDAY_9.plusHours(1));
        WorkOrder order = orderOf(visit);
        String number = directory.worker(worker).getWorkerNumber();

        MockHttpServletResponse r = mvc.perform(get("/console/dispatch/dispatch.xlsx").param("day", "2026-03-04")
                .param("provider", String.valueOf(provider)).with(as(agent))).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(r.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(r.getHeader("Content-Disposition")).contains("attachment").contains(".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("派工单 2026-03-04");
            assertThat(cells(sheet.getRow(0))).containsExactly("日期", "时间", "老人", "地址", "电话", "服务", "时长（分钟）",
                    "护工", "服务商", "工单码", "状态");
            assertThat(sheet.getLastRowNum()).as("only the provider's order").isEqualTo(1);
            Row row = sheet.getRow(1);
            assertThat(cells(row)).containsExactly("2026-03-04", "10:00–11:00", "王阿姨（王秀英）", wang.getAddress(),
                    "13812347011", "打扫卫生", "60", "刘红（" + number + "）", "康乐服务社", order.getVisitCode(), "已派工");
            assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(9).getCellType()).as("leading zeros kept").isEqualTo(CellType.STRING);
        }
        assertThat(audit.of(wang.elderId())).filteredOn(a -> a.getAction() == AuditEntry.Action.EXPORT)
                .extracting(AuditEntry::getDetail).containsExactly("下载 2026-03-04 派工单 Excel（含完整地址和电话）");

        bookings.cancel(visit.getId(), "不需要了", "test");
        MockHttpServletResponse again = mvc.perform(get("/console/dispatch/dispatch.xlsx").param("day", "2026-03-04")
                .param("worker", String.valueOf(worker)).with(as(supervisor))).andReturn().getResponse();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(again.getContentAsByteArray()))) {
            assertThat(cells(book.getSheetAt(0).getRow(1))).last().isEqualTo("已取消");
        }
    }

    @Test
    void staffHandAVisitToAWorkerWhoCanTakeItAndBothWorkersAreTold() throws Exception {
        long provider = world.provider("互助服务社");
        long before = world.worker(provider, "孙丽", "13905557021");
        Elder wang = world.elder("13812347021");
        Booking visit = world.book(wang, WEDNESDAY_9);
        long after = world.worker(provider, "陈静", "13905557022");
        long elsewhere = world.worker(world.provider("别区家政", "别的社区"), "周洁", "13905557023");
        WorkOrder order = orderOf(visit);

        String page = page("/console/dispatch/orders/" + order.getId(), agent);
        assertThat(page).contains(wang.getAddress()).contains("13812347021").contains("陈静").doesNotContain("周洁")
                .contains("派工：3月4日09:00打扫卫生60分钟");
        assertThat(audited(wang)).contains("打开派工单 #" + order.getId() + "（显示完整地址和电话）");
        mvc.perform(get("/console/dispatch/bookings/" + visit.getId()).with(as(agent)))
                .andExpect(redirectedUrl("/console/dispatch/orders/" + order.getId()));

        mvc.perform(post("/console/dispatch/orders/" + order.getId() + "/worker").param("workerId", String.valueOf(elsewhere))
                .with(as(agent)).with(csrf()))
                .andExpect(flash().attribute("problem", "这位护工这个时间已经不能接这项服务了，请另选一位。"));
        assertThat(bookings.find(visit.getId()).orElseThrow().getWorkerId()).isEqualTo(before);

        mvc.perform(post("/console/dispatch/orders/" + order.getId() + "/worker").param("workerId", String.valueOf(after))
                .with(as(agent)).with(csrf()))
                .andExpect(redirectedUrl("/console/dispatch/orders/" + order.getId()))
                .andExpect(flash().attribute("done", "已改派。原护工和新护工都会收到短信；绑定了微信并同意通知的家属会收到新的预约通知。"));
        assertThat(bookings.find(visit.getId()).orElseThrow().getWorkerId()).isEqualTo(after);
        assertThat(orderOf(visit).getWorkerId()).isEqualTo(after);
        List<TextMessage> sent = textMessages.about("work_order:" + order.getId());
        assertThat(sent).extracting(TextMessage::getPhone, TextMessage::getTemplate).containsExactly(
                org.assertj.core.groups.Tuple.tuple("13905557021", "dispatch.issued"),
                org.assertj.core.groups.Tuple.tuple("13905557021", "dispatch.cancelled"),
                org.assertj.core.groups.Tuple.tuple("13905557022", "dispatch.issued"));
        assertThat(audited(wang)).anyMatch(d -> d.startsWith("预约 #" + visit.getId() + " 改派：孙丽（")
                && d.contains("→ 陈静（"));
        assertThat(page("/console/dispatch/orders/" + order.getId(), supervisor)).contains("不用去了").contains("第2版");
    }

    @Test
    void anonymousCallersForgedIdsAndFormsWithoutTheirTokenGetNothing() throws Exception {
        long provider = world.provider("安心服务社");
        long before = world.worker(provider, "孙丽", "13905557031");
        Elder wang = world.elder("13812347031");
        Booking visit = world.book(wang, WEDNESDAY_9);
        long after = world.worker(provider, "陈静", "13905557032");
        WorkOrder order = orderOf(visit);

        mvc.perform(get("/console/dispatch")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/console/dispatch/dispatch.xlsx").param("day", "2026-03-04")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/console/dispatch/orders/" + order.getId())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/console/dispatch/orders/" + order.getId() + "/worker").param("workerId", String.valueOf(after))
                .with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/console/dispatch/orders/" + order.getId() + "/worker").param("workerId", String.valueOf(after))
                .with(as(agent))).andExpect(status().isForbidden());
        mvc.perform(post("/console/dispatch/orders/" + order.getId() + "/worker").param("workerId", String.valueOf(after))
                .with(as(supervisor))).andExpect(status().isForbidden());
        assertThat(bookings.find(visit.getId()).orElseThrow().getWorkerId()).isEqualTo(before);

        mvc.perform(get("/console/dispatch/orders/999999999").with(as(agent))).andExpect(status().isNotFound());
        mvc.perform(get("/console/dispatch/bookings/999999999").with(as(agent))).andExpect(status().isNotFound());
        mvc.perform(post("/console/dispatch/orders/999999999/worker").param("workerId", String.valueOf(after))
                .with(as(agent)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/console/dispatch/orders/" + order.getId() + "/worker").param("workerId", "999999999")
                .with(as(agent)).with(csrf())).andExpect(status().isNotFound());
        assertThat(bookings.find(visit.getId()).orElseThrow().getWorkerId()).isEqualTo(before);
        assertThat(textMessages.about("work_order:" + order.getId())).hasSize(1);
        assertThat(page("/console/dispatch?day=2026-03-04&provider=999999999", agent)).contains("这一天没有派工。");

        String bad = page("/console/dispatch?day=2026-13-45", agent);
        assertThat(bad).contains("日期不对：请按“年-月-日”填写，例如 2026-03-05。").contains("value=\"2026-13-45\"");
        mvc.perform(get("/console/dispatch/dispatch.xlsx").param("day", "明天").with(as(agent)))
                .andExpect(status().isBadRequest());
    }

    private static List<String> cells(Row row) {
        List<String> out = new ArrayList<>();
        for (Cell c : row) {
            out.add(c.getCellType() == CellType.NUMERIC ? String.valueOf((long) c.getNumericCellValue()) : c.getStringCellValue());
        }
        return out;
    }
}

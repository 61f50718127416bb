package cn.yinling.hotline.console.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.ComplaintOutcome;
import cn.yinling.hotline.cases.casework.ComplaintRequest;
import cn.yinling.hotline.cases.casework.ComplaintType;
import cn.yinling.hotline.cases.casework.Severity;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.provider.Worker;
import cn.yinling.hotline.cases.settlement.Statements;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Statements and the bureau's report on the console: for supervisors only, closing needs the CSRF
 * token, the CSV and Excel files read back to the statement's figures, a closed month's files stay
 * the same after a late recording, and the report counts a small known street. Each test works in a
 * month of its own (the settlement calendar is the centre's, shared by the test context).
 */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class SettlementConsoleTest {

    private static final String BASE = "/console/supervisor/settlement";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAgents testAgents;
    @Autowired
    TestStreet street;
    @Autowired
    TestClock clock;
    @Autowired
    Bookings bookings;
    @Autowired
    Statements statements;
    @Autowired
    Cases cases;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;

    Agent agent;
    Agent supervisor;
    String community;

    @BeforeEach
    void accounts() {
        agent = testAgents.create(AgentRole.AGENT, "坐席 李娜");
        supervisor = testAgents.create(AgentRole.SUPERVISOR, "班长 周敏");
        community = "结算社区" + UUID.randomUUID().toString().substring(0, 6);
    }

    RequestPostProcessor as(Agent a) {
        return user(a.getUsername()).roles(a.getRole().name());
    }

    /** One worker (and provider) serving two elders in the month: 2 h of ANQING_FREE (16.00) and a voucher cleaning (65.00). */
    Worker servedMonth(YearMonth month) {
        clock.set(month.atDay(1).atTime(9, 0));
        Worker w = street.worker(community, 2);
        Elder wang = street.elderWithPolicy(community, "ANQING_FREE");
        Elder chen = street.elderWithPolicy(community, "MAANSHAN_VOUCHER");
        record(book(wang, "cleaning", month.atDay(5).atTime(10, 0)), 120);
        record(book(chen, "cleaning", month.atDay(6).atTime(10, 0)), 130);
        return w;
    }

    Booking book(Elder e, String service, LocalDateTime start) {
        return bookings.book(new BookingRequest(e.elderId(), service, start, 120, Channel.VOICE, "test",
                UUID.randomUUID().toString(), false, null));
    }

    void record(Booking b, int minutes) {
        bookings.recordService(b.getId(), minutes, true, null, "worker");
    }

    @Nested
    class Security {

        @Test
        void anAgentReachesNeitherTheStatementsNorTheFilesNorTheClose() throws Exception {
            YearMonth month = YearMonth.of(2032, 1);
            Worker w = servedMonth(month);
            mvc.perform(get(BASE).param("month", month.toString()).with(as(agent))).andExpect(status().isForbidden());
            mvc.perform(get(BASE + "/statement.csv").param("month", month.toString())
                    .param("provider", String.valueOf(w.getProviderId())).with(as(agent))).andExpect(status().isForbidden());
            mvc.perform(get("/console/supervisor/report.xlsx").param("month", month.toString()).with(as(agent)))
                    .andExpect(status().isForbidden());
            clock.set(LocalDateTime.of(2032, 2, 2, 9, 0));
            mvc.perform(post(BASE + "/close").param("month", month.toString()).with(as(agent)).with(csrf()))
                    .andExpect(status().isForbidden());
            assertThat(statements.view(month).closed()).isFalse();
        }

        @Test
        void closingWithoutTheCsrfTokenIsRefused() throws Exception {
            YearMonth month = YearMonth.of(2032, 2);
            servedMonth(month);
            clock.set(LocalDateTime.of(2032, 3, 2, 9, 0));
            mvc.perform(post(BASE + "/close").param("month", month.toString()).with(as(supervisor)))
                    .andExpect(status().isForbidden());
            assertThat(statements.view(month).closed()).isFalse();
        }

        @Test
        void anUnknownProviderIsNotFoundAndABadMonthIsExplainedInChinese() throws Exception {
            mvc.perform(get(BASE + "/statement.xlsx").param("month", "2032-02").param("provider", "987654321")
                    .with(as(supervisor))).andExpect(status().isNotFound());
            String page = mvc.perform(get(BASE).param("month", "2032年2月").with(as(supervisor)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("月份“2032年2月”格式不对");
        }
    }

    @Nested
    class Files {

        @Test
        void theCsvReadsBackToTheStatementWithIdNumbersMasked() throws Exception {
            YearMonth month = YearMonth.of(2032, 3);
            Worker w = servedMonth(month);
            byte[] body = csv(month, w);
            String text = new String(body, StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFF");
            List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text.substring(1))).getRecords();
            assertThat(records.get(0).get(0)).contains("服务券结算单").contains("2032-03");
            assertThat(records.get(1).get(0)).isEqualTo("服务日期");
            CSVRecord first = records.get(2);
            assertThat(first.get(0)).isEqualTo("2032-03-05");
            assertThat(first.get(2)).contains("*").doesNotMatch("\\d{18}");
            assertThat(first.get(5)).isEqualTo("安庆市无偿居家养老服务");
            assertThat(first.get(6)).isEqualTo("2.00 小时");
            assertThat(first.get(7)).isEqualTo("8.00 元/小时");
            assertThat(first.get(8)).isEqualTo("16.00");
            CSVRecord voucher = records.get(3);
            assertThat(voucher.get(6)).isEqualTo("65.00 元");
            assertThat(voucher.get(8)).isEqualTo("65.00");
            CSVRecord all = records.stream().filter(r -> r.get(0).equals("合计")).findFirst().orElseThrow();
            assertThat(all.get(1)).isEqualTo("2");
            assertThat(all.get(4)).isEqualTo("81.00");
        }

        @Test
        void theExcelFileReadsBackAndIsSetUpForPrinting() throws Exception {
            YearMonth month = YearMonth.of(2032, 4);
            Worker w = servedMonth(month);
            byte[] body = mvc.perform(get(BASE + "/statement.xlsx").param("month", month.toString())
                    .param("provider", String.valueOf(w.getProviderId())).with(as(supervisor)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
                XSSFSheet sheet = book.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("服务券结算单");
                Row first = sheet.getRow(2);
                assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(120);
                assertThat(first.getCell(8).getNumericCellValue()).isEqualTo(16.00);
                assertThat(sheet.getRow(3).getCell(8).getNumericCellValue()).isEqualTo(65.00);
                Row all = rowStartingWith(sheet, "合计");
                assertThat(Math.round(all.getCell(4).getNumericCellValue() * 100)).isEqualTo(81_00);
                assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getRepeatingRows()).isNotNull();
            }
        }
    }

    @Nested
    class Closing {

        @Test
        void aSupervisorClosesTheMonthAuditedAndItsFilesStayTheSameAfterALateRecording() throws Exception {
            YearMonth month = YearMonth.of(2032, 5);
            Worker w = servedMonth(month);
            Elder late = street.elderWithPolicy(community, "ANQING_FREE");
            Booking unrecorded = book(late, "cleaning", month.atDay(28).atTime(14, 0));
            clock.set(LocalDateTime.of(2032, 6, 2, 9, 0));
            String page = mvc.perform(get(BASE).param("month", month.toString())
                    .param("provider", String.valueOf(w.getProviderId())).with(as(supervisor)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("结算单合计与补贴台账的消费记录一致").contains("id=\"unrecorded\"");
            byte[] before = csv(month, w);

            mvc.perform(post(BASE + "/close").param("month", month.toString()).with(as(supervisor)).with(csrf()))
                    .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("done", "2032-05 已结账。"));
            assertThat(statements.view(month).closed()).isTrue();
            assertThat(audit.search(new AuditSearch(supervisor.getUsername(), null, null, null, null, null), 0, 10)
                    .stream().map(AuditEntry::getDetail)).anyMatch(d -> d.contains("2032-05 已结账"));
            mvc.perform(post(BASE + "/close").param("month", month.toString()).with(as(supervisor)).with(csrf()))
                    .andExpect(flash().attribute("problem", "2032-05 已经结账。"));

            record(unrecorded, 60);
            assertThat(csv(month, w)).isEqualTo(before);
            String june = new String(csv(YearMonth.of(2032, 6), w), StandardCharsets.UTF_8);
            assertThat(june).contains("补录调整：2032-05 的服务（该月已结账）").contains("\"8.00\"");
        }

        @Test
        void aMonthNotYetOverCannotBeClosed() throws Exception {
            YearMonth month = YearMonth.of(2032, 7);
            servedMonth(month);
            clock.set(LocalDateTime.of(2032, 7, 31, 20, 0));
            mvc.perform(post(BASE + "/close").param("month", month.toString()).with(as(supervisor)).with(csrf()))
                    .andExpect(flash().attribute("problem", "2032-07 还没有结束，月份结束后才能结账。"));
            assertThat(statements.view(month).closed()).isFalse();
        }
    }

    @Nested
    class BureauReport {

        @Test
        void theReportCountsASmallKnownStreetAndItsExcelHasCharts() throws Exception {
            YearMonth month = YearMonth.of(2032, 9);
            servedMonth(month);
            Elder paying = street.elderWithPolicy(community, null);
            Booking own = book(paying, "cleaning", month.atDay(7).atTime(10, 0));
            record(own, 60);                                                    // 30.00 paid by the elder
            bookings.rate(own.getId(), 5);
            jdbc.update("""
                    insert into visit (work_order_id, booking_id, worker_id, arrived_at, arrival_proof, problem_reported, version)
                    select id, booking_id, worker_id, current_timestamp, 'ELDER_PHONE', false, 0 from work_order where booking_id = ?""",
                    own.getId());
            clock.set(month.atDay(8).atTime(9, 0));
            CareCase complaint = cases.openComplaint(new ComplaintRequest(paying.elderId(), ComplaintType.LATE,
                    Severity.NORMAL, "来晚了", own.getId(), null, Channel.VOICE, "test"));
            cases.recordOutcome(complaint.getId(), ComplaintOutcome.UPHELD, "道歉并补服务一次", "supervisor");

            String page = mvc.perform(get("/console/supervisor/report").param("month", month.toString()).with(as(supervisor)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("安庆市无偿居家养老服务").contains("马鞍山市居家养老服务券").contains("自费（无补贴）");

            byte[] body = mvc.perform(get("/console/supervisor/report.xlsx").param("month", month.toString())
                    .with(as(supervisor))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
                XSSFSheet sheet = book.getSheetAt(0);
                Row total = rowStartingWith(sheet, "合计");
                assertThat(total.getCell(2).getNumericCellValue()).as("elders served").isEqualTo(3);
                assertThat(total.getCell(3).getNumericCellValue()).as("visits").isEqualTo(3);
                assertThat(total.getCell(4).getNumericCellValue()).as("hours: 120 + 130 + 60 min").isEqualTo(5.17);
                assertThat(Math.round(total.getCell(5).getNumericCellValue() * 100)).isEqualTo(16_00 + 65_00);
                assertThat(Math.round(total.getCell(6).getNumericCellValue() * 100)).isEqualTo(30_00);
                assertThat(rowStartingWith(sheet, "打扫卫生").getCell(1).getNumericCellValue()).isEqualTo(3);
                assertThat(rowStartingWith(sheet, "5 分").getCell(1).getNumericCellValue()).isEqualTo(1);
                assertThat(rowStartingWith(sheet, "投诉成立").getCell(1).getNumericCellValue()).isEqualTo(1);
                assertThat(rowStartingWith(sheet, "老人家座机签到").getCell(1).getNumericCellValue()).isEqualTo(1);
                assertThat(rowStartingWith(sheet, "无签到记录").getCell(1).getNumericCellValue()).isEqualTo(2);
                assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(3);
            }
        }
    }

    byte[] csv(YearMonth month, Worker w) throws Exception {
        return mvc.perform(get(BASE + "/statement.csv").param("month", month.toString())
                .param("provider", String.valueOf(w.getProviderId())).with(as(supervisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    static Row rowStartingWith(Sheet sheet, String first) {
        for (Row r : sheet) {
            if (r.getCell(0) != null && first.equals(r.getCell(0).toString())) {
                return r;
            }
        }
        throw new AssertionError("no row starting with " + first);
    }
}

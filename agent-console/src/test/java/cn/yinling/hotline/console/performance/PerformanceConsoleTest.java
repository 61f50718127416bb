package cn.yinling.hotline.console.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRequest;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.dispatch.WorkOrders;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.support.AssessmentWorld;
import cn.yinling.hotline.cases.performance.ListingState;
import cn.yinling.hotline.cases.performance.Listings;
import cn.yinling.hotline.cases.performance.SubjectKind;
import cn.yinling.hotline.cases.performance.WorkerStanding;
import cn.yinling.hotline.cases.provider.Provider;
import cn.yinling.hotline.cases.provider.ProviderRepository;
import cn.yinling.hotline.cases.provider.Worker;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
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
 * 服务评估 and the red/black list review on the console: the month's figures and their export, a
 * supervisor's decision with a reason (audited) that bars the worker, the dashboard's satisfaction per
 * provider against the target, and the attacks: agents, missing CSRF tokens, forged ids.
 */
@SpringBootTest(classes = ConsoleTestApplication.class)
@AutoConfigureMockMvc
class PerformanceConsoleTest {

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
    WorkOrders workOrders;
    @Autowired
    Cases cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Listings listings;
    @Autowired
    WorkerStanding standing;
    @Autowired
    ProviderRepository providers;

    Agent agent;
    Agent supervisor;
    AssessmentWorld world;
    Worker worker;
    Provider provider;
    Elder elder;

    /** Five visits in May 2026 rated 2, 3, 5, 5, 5 (60%), one of them checked in late. */
    @BeforeEach
    void aWorkerWithAPoorMonth() {
        clock.set(ConsoleTestApplication.START);
        agent = testAgents.create(AgentRole.AGENT, "坐席 李娜");
        supervisor = testAgents.create(AgentRole.SUPERVISOR, "班长 周敏");
        world = new AssessmentWorld(clock, bookings, workOrders, cases, jdbc);
        String community = street.newCommunity();
        worker = street.worker(community, 1, "赵春梅");
        provider = providers.findById(worker.getProviderId()).orElseThrow();
        elder = street.elderWithPolicy(community, "ANQING_FREE");
        int[] ratings = {2, 3, 5, 5, 5};
        for (int i = 0; i < ratings.length; i++) {
            world.visit(elder, LocalDateTime.of(2026, 5, 4 + i, 10, 0), i == 0 ? 40 : 0, ratings[i]);
        }
        clock.set(LocalDateTime.of(2026, 5, 20, 9, 0));
    }

    /** Other classes sharing the context expect the clock at the start. */
    @AfterEach
    void clockBack() {
        clock.set(ConsoleTestApplication.START);
    }

    RequestPostProcessor as(Agent a) {
        return user(a.getUsername()).roles(a.getRole().name());
    }

    Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(as(supervisor))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    @Test
    void theMonthShowsTheWorkerAndTheProviderWithTheirFigures() throws Exception {
        Document d = page("/console/supervisor/assessment?month=2026-05");
        String row = d.getElementById("worker-" + worker.getId()).text();
        assertThat(row).contains("赵春梅").contains(provider.getName());
        assertThat(d.select("#worker-" + worker.getId() + " .visits").text()).isEqualTo("5");
        assertThat(d.select("#worker-" + worker.getId() + " .on-time").text()).isEqualTo("80.0%（4/5）");
        assertThat(d.select("#worker-" + worker.getId() + " .satisfaction").text()).isEqualTo("60.0%（3/5）");
        assertThat(d.select("#worker-" + worker.getId() + " .average").text()).isEqualTo("4.00");
        assertThat(d.select("#provider-" + provider.getId() + " .satisfaction").text()).isEqualTo("60.0%（3/5）");
        assertThat(d.getElementById("on-time-note").text()).contains("15分钟").contains("计为不准时");

        Document drill = page("/console/supervisor/assessment/providers/" + provider.getId() + "?month=2026-05");
        assertThat(drill.getElementById("worker-" + worker.getId()).text()).contains("赵春梅");
        Document trend = page("/console/supervisor/assessment/workers/" + worker.getId() + "?month=2026-05");
        assertThat(trend.select("#month-2026-05 .satisfaction").text()).isEqualTo("60.0%（3/5）");
        assertThat(trend.select("#trend tr")).hasSize(7);
    }

    @Test
    void aMonthThatCannotBeReadShowsThisMonthAndSaysSo() throws Exception {
        Document d = page("/console/supervisor/assessment?month=2026-13");
        assertThat(d.select(".flash.problem").text()).contains("无法识别月份“2026-13”");
        assertThat(d.getElementById("month").val()).isEqualTo("2026-05");
    }

    @Test
    void theExportIsAWorkbookOfTheSameFiguresAndIsAudited() throws Exception {
        byte[] body = mvc.perform(get("/console/supervisor/assessment.xlsx?month=2026-05").with(as(supervisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet workers = book.getSheet("2026-05 护工");
            boolean found = false;
            for (int r = 1; r <= workers.getLastRowNum(); r++) {
                if (workers.getRow(r).getCell(0).getStringCellValue().equals("赵春梅")
                        && workers.getRow(r).getCell(2).getStringCellValue().equals(provider.getName())) {
                    found = true;
                    assertThat(workers.getRow(r).getCell(3).getNumericCellValue()).isEqualTo(5);
                    assertThat(workers.getRow(r).getCell(10).getNumericCellValue()).isEqualTo(60.0);
                }
            }
            assertThat(found).isTrue();
            assertThat(book.getSheet("2026-05 服务商")).isNotNull();
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_log where actor = ? and detail like '导出服务评估 Excel：2026-05%'",
                Long.class, supervisor.getUsername())).isEqualTo(1);
    }

    @Nested
    class Review {

        long proposal;

        @BeforeEach
        void proposeMay() {
            listings.propose(YearMonth.of(2026, 5), "test");
            proposal = listings.of(SubjectKind.WORKER, worker.getId()).get(0).getId();
        }

        @Test
        void theReviewShowsWhyAndTheApprovalBarsTheWorkerAndIsAudited() throws Exception {
            Document d = page("/console/supervisor/lists");
            String card = d.getElementById("listing-" + proposal).text();
            assertThat(card).contains("黑名单").contains("赵春梅").contains("满意率60.0%（3/5）低于80%").contains("待审核");

            mvc.perform(post("/console/supervisor/lists/" + proposal + "/approve").param("reason", "").with(as(supervisor))
                    .with(csrf())).andExpect(flash().attribute("problem", "请填写理由。"));
            mvc.perform(post("/console/supervisor/lists/" + proposal + "/approve").param("reason", "长".repeat(501))
                    .with(as(supervisor)).with(csrf())).andExpect(flash().attribute("problem", "理由最多500个字，请精简后再提交。"))
                    .andExpect(flash().attribute("typedReason", "长".repeat(501)));
            mvc.perform(post("/console/supervisor/lists/" + proposal + "/approve").param("reason", "回访核实属实")
                    .with(as(supervisor)).with(csrf())).andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("done", "榜单 #" + proposal + " 已批准，即日生效。"));
            assertThat(listings.listing(proposal).getState()).isEqualTo(ListingState.APPROVED);
            assertThat(standing.mayTakeNewWork(worker.getId(), LocalDate.of(2026, 5, 21))).isFalse();
            assertThat(jdbc.queryForObject("select count(*) from audit_log where actor = ? and detail like ?", Long.class,
                    supervisor.getUsername(), "批准榜单 #" + proposal + "%回访核实属实")).isEqualTo(1);

            // Decided already: the second supervisor's reason comes back as typed.
            mvc.perform(post("/console/supervisor/lists/" + proposal + "/reject").param("reason", "我不同意")
                    .with(as(supervisor)).with(csrf()))
                    .andExpect(flash().attribute("problem", "该提名已被处理（可能其他主管刚刚审核过），请刷新后查看。"))
                    .andExpect(flash().attribute("typedReason", "我不同意"));

            mvc.perform(post("/console/supervisor/lists/" + proposal + "/lift").param("reason", "已培训整改")
                    .with(as(supervisor)).with(csrf())).andExpect(flash().attribute("done", "榜单 #" + proposal + " 已解除。"));
            assertThat(standing.mayTakeNewWork(worker.getId(), LocalDate.of(2026, 5, 21))).isTrue();
        }

        @Test
        void theWorkersUpcomingVisitsAreListedForReassignment() throws Exception {
            Booking ahead = bookings.book(new BookingRequest(elder.elderId(), "cleaning",
                    LocalDateTime.of(2026, 5, 28, 10, 0), 60, Channel.VOICE, "test", UUID.randomUUID().toString(), false, null));
            Document d = page("/console/supervisor/lists");
            assertThat(d.select("#listing-" + proposal + " #upcoming-" + ahead.getId()).text()).contains("2026-05-28 10:00")
                    .contains("赵春梅");
            assertThat(d.select("#listing-" + proposal + " #upcoming-" + ahead.getId() + " a").last().attr("href"))
                    .isEqualTo("/console/supervisor/workers/" + worker.getId() + "/visits");
        }

        @Test
        void agentsCannotSeeOrDecideAndNoDecisionWithoutTheCsrfToken() throws Exception {
            mvc.perform(get("/console/supervisor/lists").with(as(agent))).andExpect(status().isForbidden());
            mvc.perform(get("/console/supervisor/assessment").with(as(agent))).andExpect(status().isForbidden());
            mvc.perform(get("/console/supervisor/assessment.xlsx").with(as(agent))).andExpect(status().isForbidden());
            mvc.perform(post("/console/supervisor/lists/" + proposal + "/approve").param("reason", "x").with(as(agent))
                    .with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/console/supervisor/lists/run").param("month", "2026-05").with(as(agent)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/console/supervisor/lists/" + proposal + "/approve").param("reason", "x").with(as(supervisor)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/console/supervisor/lists")).andExpect(status().is3xxRedirection());
            assertThat(listings.listing(proposal).getState()).isEqualTo(ListingState.PROPOSED);
        }

        @Test
        void aForgedListingIdIsNotFound() throws Exception {
            mvc.perform(post("/console/supervisor/lists/99999999/approve").param("reason", "x").with(as(supervisor))
                    .with(csrf())).andExpect(status().isNotFound());
            mvc.perform(get("/console/supervisor/assessment/workers/99999999").with(as(supervisor)))
                    .andExpect(status().isNotFound());
        }

        @Test
        void proposingAgainOnDemandAddsNothing() throws Exception {
            mvc.perform(post("/console/supervisor/lists/run").param("month", "2026-05").with(as(supervisor)).with(csrf()))
                    .andExpect(flash().attribute("done", "2026-05 已按规则评估，新增提名 0 条。"));
            mvc.perform(post("/console/supervisor/lists/run").param("month", "五月").with(as(supervisor)).with(csrf()))
                    .andExpect(flash().attribute("problem", "无法识别月份“五月”，已显示本月。月份的格式如 2026-03。"));
        }
    }

    @Test
    void theDashboardShowsEachProvidersSatisfactionThisMonthAndLastBelowTargetHighlighted() throws Exception {
        clock.set(LocalDateTime.of(2026, 6, 3, 9, 0));
        Document d = page("/console/supervisor/dashboard");
        Element line = d.getElementById("provider-satisfaction-" + provider.getId());
        assertThat(line.select(".last-month").text()).isEqualTo("60.0%（3/5）");
        assertThat(line.select(".last-month").hasClass("below-target")).isTrue();
        assertThat(line.select(".this-month").text()).isEqualTo("—");
        assertThat(d.select("#provider-satisfaction").text()).contains("目标 95%").doesNotContain("{0}");
    }
}

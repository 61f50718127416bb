package cn.yinling.hotline.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.dispatch.WorkOrders;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.support.AssessmentWorld;
import cn.yinling.hotline.cases.performance.Listings;
import cn.yinling.hotline.cases.performance.SubjectKind;
import cn.yinling.hotline.cases.performance.WorkerStanding;
import cn.yinling.hotline.cases.provider.Worker;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 服务评估 in a real headless Chromium, within the console's Content-Security-Policy: a supervisor
 * opens the page from the menu, picks the month, drills down to the worker, proposes the month's lists
 * and approves the black listing with a reason. Screenshots in {@code target/screenshots/}.
 */
@SpringBootTest(classes = ConsoleTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentInBrowserTest {

    @LocalServerPort
    int port;
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

    ChromeDriver browser;

    @BeforeEach
    void browser() throws Exception {
        Chromium.readyForConsole(cases);
        browser = Chromium.startWatchingPolicy();
    }

    @AfterEach
    void quit() {
        try {
            Chromium.quitAfterPolicyCheck(browser);
        } finally {
            clock.set(ConsoleTestApplication.START); // other classes sharing the context expect it there
        }
    }

    @Test
    void aSupervisorReadsTheMonthDrillsDownAndApprovesTheBlackListing() throws Exception {
        clock.set(ConsoleTestApplication.START);
        String community = street.newCommunity();
        Worker worker = street.worker(community, 1, "钱秀兰");
        Elder elder = street.elderWithPolicy(community, "ANQING_FREE");
        AssessmentWorld world = new AssessmentWorld(clock, bookings, workOrders, cases, jdbc);
        int[] ratings = {1, 2, 5, 5, 5, 5};
        for (int i = 0; i < ratings.length; i++) {
            world.visit(elder, LocalDateTime.of(2026, 4, 6 + i, 10, 0), i == 0 ? null : 5, ratings[i]);
        }
        clock.set(LocalDateTime.of(2026, 5, 6, 9, 0));
        Agent supervisor = testAgents.create(AgentRole.SUPERVISOR, "班长 周敏");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));

        signIn(supervisor);
        browser.findElement(By.linkText("服务评估")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("month")));
        browser.executeScript("document.getElementById('month').value = '2026-04';");
        browser.findElement(By.cssSelector("form.range button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("worker-" + worker.getId())));
        String row = browser.findElement(By.id("worker-" + worker.getId())).getText();
        assertThat(row).contains("钱秀兰").contains("66.7%（4/6）").contains("83.3%（5/6）");
        Files.write(ConsoleInBrowserTest.SHOTS.resolve("assessment-month.png"), browser.getScreenshotAs(OutputType.BYTES));

        browser.findElement(By.cssSelector("#worker-" + worker.getId() + " a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trend")));
        assertThat(browser.findElement(By.id("month-2026-04")).getText()).contains("66.7%（4/6）");

        browser.get("http://127.0.0.1:" + port + "/console/supervisor/lists");
        browser.executeScript("document.getElementById('run-month').value = '2026-04';");
        browser.findElement(By.cssSelector("#run button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.done"), "2026-04 已按规则评估"));
        long id = listings.of(SubjectKind.WORKER, worker.getId()).get(0).getId();
        String card = browser.findElement(By.id("listing-" + id)).getText();
        assertThat(card).contains("黑名单").contains("钱秀兰").contains("满意率66.7%（4/6）低于80%");
        Files.write(ConsoleInBrowserTest.SHOTS.resolve("assessment-review.png"), browser.getScreenshotAs(OutputType.BYTES));

        browser.findElement(By.id("reason-" + id)).sendKeys("回访核实：两次评分很低");
        browser.findElement(By.cssSelector("#decide-" + id + " button.approve")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.done"), "已批准"));
        assertThat(browser.findElement(By.id("listing-" + id)).getText()).contains("已生效").contains("回访核实：两次评分很低");
        assertThat(standing.mayTakeNewWork(worker.getId(), LocalDate.of(2026, 5, 7))).isFalse();
    }

    private void signIn(Agent who) {
        browser.get("http://127.0.0.1:" + port + "/console/queue");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("username")).sendKeys(who.getUsername());
        browser.findElement(By.id("password")).sendKeys(TestAgents.PASSWORD);
        browser.findElement(By.id("login")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/console/queue"));
    }
}

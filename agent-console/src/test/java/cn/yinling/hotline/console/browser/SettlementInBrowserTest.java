package cn.yinling.hotline.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRequest;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.provider.Worker;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A supervisor in a real headless Chromium opens a provider's statement for last month, sees its
 * visits, totals and the check against the ledger, closes the month, and opens the bureau's report
 * with its charts. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(classes = ConsoleTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SettlementInBrowserTest {

    static final Path SHOTS = Path.of("target", "screenshots");
    static final YearMonth MONTH = YearMonth.of(2033, 3);

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
    Cases cases;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void browser() throws Exception {
        Chromium.readyForConsole(cases);
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aSupervisorReadsTheStatementClosesTheMonthAndSeesTheReport() throws Exception {
        clock.set(MONTH.atDay(1).atTime(9, 0));
        String community = "结算社区" + UUID.randomUUID().toString().substring(0, 6);
        Worker w = street.worker(community, 2);
        Elder wang = street.elderWithPolicy(community, "ANQING_FREE");
        Elder chen = street.elderWithPolicy(community, "MAANSHAN_VOUCHER");
        record(book(wang, MONTH.atDay(8).atTime(9, 0)), 120);
        record(book(chen, MONTH.atDay(9).atTime(9, 0)), 130);
        clock.set(LocalDateTime.of(2033, 4, 3, 9, 0));
        Agent supervisor = testAgents.create(AgentRole.SUPERVISOR, "班长 陈敏");

        signIn(supervisor);
        browser.get(url("/console/supervisor/settlement?month=" + MONTH + "&provider=" + w.getProviderId()));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("statement")));
        assertThat(browser.findElement(By.id("reconciled")).getText()).contains("一致");
        assertThat(browser.findElement(By.id("lines")).getText()).contains("王秀英").contains("16.00").contains("65.00")
                .doesNotContainPattern("\\d{18}");
        assertThat(browser.findElement(By.id("totals")).getText()).contains("合计").contains("81.00");
        assertThat(browser.findElement(By.id("statement-xlsx")).getAttribute("href")).contains("statement.xlsx");
        shot("settlement-statement");

        browser.findElement(By.cssSelector("#close-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("month-state"), "已结账"));
        assertThat(browser.findElement(By.id("month-digest")).getText()).contains("结账数据核验一致");
        assertThat(browser.findElements(By.id("close-form"))).isEmpty();
        shot("settlement-closed");

        browser.findElement(By.linkText("民政局月报")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("chart-visits")));
        assertThat(browser.findElement(By.id("report-total")).getText()).contains("81.00");
        assertThat(browser.findElements(By.cssSelector("#chart-elders svg g.intent"))).hasSizeGreaterThanOrEqualTo(2);
        shot("bureau-report");
    }

    private Booking book(Elder e, LocalDateTime start) {
        return bookings.book(new BookingRequest(e.elderId(), "cleaning", start, 120, Channel.VOICE, "test",
                UUID.randomUUID().toString(), false, null));
    }

    private void record(Booking b, int minutes) {
        bookings.recordService(b.getId(), minutes, true, null, "worker");
    }

    private void signIn(Agent who) {
        browser.get(url("/console/queue"));
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("username")).sendKeys(who.getUsername());
        browser.findElement(By.id("password")).sendKeys(TestAgents.PASSWORD);
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.urlContains("/console/queue"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}

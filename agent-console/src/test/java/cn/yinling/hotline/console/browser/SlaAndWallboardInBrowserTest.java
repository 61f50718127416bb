package cn.yinling.hotline.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * SLA countdowns in the queue and on the case page (green, amber from a quarter of the time left,
 * red with 已超时 X 分钟 after the deadline) ticking in the browser, and the supervisors' wallboard,
 * all under the console's Content-Security-Policy. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(classes = ConsoleTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlaAndWallboardInBrowserTest {

    static final Path SHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;
    @Autowired
    TestAgents testAgents;
    @Autowired
    Cases cases;
    @Autowired
    TestClock clock;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void browser() throws Exception {
        Chromium.readyForConsole(cases);
        browser = Chromium.startWatchingPolicy();
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        clock.set(ConsoleTestApplication.START);
    }

    @AfterEach
    void quit() {
        clock.set(ConsoleTestApplication.START);
        Chromium.quitAfterPolicyCheck(browser);
    }

    @Test
    void countdownsTurnAmberBeforeAndRedAfterTheDeadlineAndTheWallboardShowsTheQueue() throws Exception {
        Agent agent = testAgents.create(AgentRole.AGENT, "坐席 李娜");
        Agent boss = testAgents.create(AgentRole.SUPERVISOR, "值班长 陈敏");
        // Chats with 15 minutes each (hotline.cases.sla.HANDOFF): opened 20, 12 and 2 minutes before now.
        CareCase late = cases.openHandoff(null, "超时的会话", Priority.NORMAL, Channel.WECHAT, "bot");
        clock.advance(Duration.ofMinutes(8));
        CareCase soon = cases.openHandoff(null, "快到时限的会话", Priority.NORMAL, Channel.WEB, "bot");
        clock.advance(Duration.ofMinutes(10));
        CareCase fresh = cases.openHandoff(null, "刚来的会话", Priority.NORMAL, Channel.WEB, "bot");
        clock.advance(Duration.ofMinutes(2));
        try {
            signIn(agent);
            // the queue redraws its rows whenever a case changes, so each look finds the countdown again
            wait.until(d -> sla(late).getAttribute("class").contains("sla-breached"));
            assertThat(sla(late).getText()).isEqualTo("已超时 5 分钟");
            assertThat(sla(soon).getAttribute("class")).contains("sla-warning");
            wait.until(d -> sla(soon).getText().startsWith("剩余 2分"));
            assertThat(sla(fresh).getAttribute("class")).contains("sla-on-time");
            assertThat(sla(fresh).getText()).startsWith("剩余 1").contains("分");
            String before = sla(fresh).getText();
            wait.until(d -> !sla(fresh).getText().equals(before)); // counts down in the browser, the server's clock standing still
            shot("sla-countdowns-queue");

            browser.get(url("/console/cases/" + soon.getId()));
            WebElement onPage = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#case-sla .sla")));
            assertThat(onPage.getAttribute("class")).contains("sla-warning");
            assertThat(onPage.getText()).startsWith("剩余 ");
            wait.until(d -> onPage.getText().startsWith("剩余 2分")); // from 3分00秒 as rendered, ticking
            shot("sla-countdown-case-page");

            browser.manage().deleteAllCookies();
            signIn(boss);
            browser.get(url("/console/supervisor/wallboard"));
            WebElement waiting = browser.findElement(By.id("wall-waiting"));
            wait.until(d -> !waiting.getText().equals("—"));
            assertThat(Integer.parseInt(waiting.getText())).isGreaterThanOrEqualTo(3);
            wait.until(d -> browser.findElement(By.id("wall-longest")).getText().startsWith("20分"));
            assertThat(browser.findElement(By.id("wall-state-AVAILABLE")).getText()).contains("空闲");
            assertThat(browser.findElement(By.id("tile-longest")).getAttribute("class")).contains("bad");
            shot("wallboard");
        } finally {
            for (CareCase c : new CareCase[] {late, soon, fresh}) {
                cases.close(c.getId(), "NO_CONTACT", "test");
            }
        }
    }

    @Test
    void anAgentIsRefusedTheWallboard() throws Exception {
        Agent agent = testAgents.create(AgentRole.AGENT, "坐席 周强");
        signIn(agent);
        browser.get(url("/console/supervisor/wallboard"));
        assertThat(browser.findElements(By.id("wallboard"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("wall-waiting");
    }

    private WebElement sla(CareCase c) {
        return wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#case-" + c.getId() + " .sla")));
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

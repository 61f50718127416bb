package cn.yinling.hotline.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.CaseStatus;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.queue.QueueCallAnswered;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

/**
 * An agent's shift in a real headless Chromium: sign in, a hand-over asked for in the web chat
 * appears in the queue within a second without reloading, claim it, see the transcript and the
 * balance, close it with a wrap-up code; then the supervisor's dashboard. Screenshots go to
 * {@code target/screenshots/} for review.
 */
@SpringBootTest(classes = ConsoleTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleInBrowserTest {

    static final Path SHOTS = Path.of("target", "screenshots");
    static final Pattern CASE_ID = Pattern.compile("\"caseId\":(\\d+)");

    @LocalServerPort
    int port;
    @Autowired
    TestAgents testAgents;
    @Autowired
    TestStreet street;
    @Autowired
    Elders elders;
    @Autowired
    Cases cases;
    @Autowired
    ApplicationEventPublisher events;

    final HttpClient http = HttpClient.newHttpClient();
    ChromeDriver browser;

    @BeforeEach
    void browser() throws Exception {
        Chromium.requireInstalled();
        Files.createDirectories(SHOTS);
        browser = Chromium.start();
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anEscalationFromTheChatIsClaimedWorkedAndClosedInTheBrowser() throws Exception {
        Agent agent = testAgents.create(AgentRole.AGENT, "坐席一号 李娜");
        Agent boss = testAgents.create(AgentRole.SUPERVISOR, "值班长 陈敏");
        String community = street.newCommunity();
        Elder elder = street.elderWithPolicy(community, "ANQING_FREE");
        String phone = "139" + String.format("%08d", (System.nanoTime() / 1000) % 100_000_000);
        elders.addPhone(elder.elderId(), phone);

        signIn(agent);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.attributeContains(By.id("live"), "class", "on"));
        browser.executeScript("window.notReloaded = true;");

        chat("{\"sessionId\":\"e2e\",\"event\":\"start\"}");
        chat("{\"sessionId\":\"e2e\",\"text\":\"查一下补贴余额\"}");
        chat("{\"sessionId\":\"e2e\",\"text\":\"" + phone + "\"}");
        chat("{\"sessionId\":\"e2e\",\"text\":\"" + elder.idNumber().lastFour() + "\"}");
        String handover = chat("{\"sessionId\":\"e2e\",\"text\":\"我要转人工\"}");
        long asked = System.nanoTime();
        Matcher m = CASE_ID.matcher(handover);
        assertThat(m.find()).as("hand-over in %s", handover).isTrue();
        long caseId = Long.parseLong(m.group(1));

        WebElement row = new WebDriverWait(browser, Duration.ofSeconds(1), Duration.ofMillis(25))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("case-" + caseId)));
        long appearedMs = (System.nanoTime() - asked) / 1_000_000;
        assertThat(appearedMs).as("appeared after %d ms", appearedMs).isLessThan(1000);
        assertThat(browser.executeScript("return window.notReloaded === true;")).isEqualTo(true);
        assertThat(row.getText()).contains(elder.getFullName()).contains("转人工");
        shot("queue");

        row.findElement(By.cssSelector("button.claim")).click();
        wait.until(ExpectedConditions.urlContains("/console/cases/" + caseId));
        assertThat(text("#conversation")).contains("我要转人工").contains("查一下补贴余额");
        assertThat(text("#balance")).contains("剩余").contains("20小时");
        assertThat(text("#elder")).contains(elder.getFullName()).contains(elder.idNumber().value());
        assertThat(text("#timeline")).contains("领取");
        shot("workspace");
        browser.executeScript("document.getElementById('balance').scrollIntoView();");
        shot("workspace-balance");

        new Select(browser.findElement(By.id("wrapUpCode"))).selectByValue("INFORMATION_GIVEN");
        browser.findElement(By.id("close")).click();
        wait.until(ExpectedConditions.urlContains("/console/queue"));
        assertThat(text(".flash.done")).contains("已结案");
        CareCase closed = cases.get(caseId);
        assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.getWrapUpCode()).isEqualTo("INFORMATION_GIVEN");
        assertThat(closed.getElderId()).isEqualTo(elder.getId());

        browser.findElement(By.cssSelector("header form button.link")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        signIn(boss);
        browser.get(url("/console/supervisor/dashboard"));
        assertThat(text("#by-type")).contains("转人工");
        shot("dashboard");
    }

    /**
     * The telephone system says this agent answered a queued call: the browser opens the call's case
     * from the queue page, and the caller's record from whatever page it shows when there is no case.
     */
    @Test
    void anAnsweredQueueCallPopsItsCaseUpInTheAgentsBrowser() throws Exception {
        Agent agent = testAgents.create(AgentRole.AGENT, "坐席二号 周强");
        Elder elder = street.elderWithPolicy(street.newCommunity(), "ANQING_FREE");
        CareCase handoff = cases.openHandoff(elder.elderId(), "电话转人工：查询余额", Priority.NORMAL, Channel.VOICE, "ivr");
        signIn(agent);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "data-screen-pop", "on"));

        events.publishEvent(new QueueCallAnswered("1700000001.7", handoff.getId(), elder.getId(), null, agent.getId(),
                "PJSIP/agent02", 14));

        wait.until(ExpectedConditions.urlContains("/console/cases/" + handoff.getId()));
        assertThat(text("#elder")).contains(elder.getFullName());
        shot("screen-pop-workspace");

        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "data-screen-pop", "on"));
        events.publishEvent(new QueueCallAnswered("1700000001.8", null, elder.getId(), null, agent.getId(),
                "PJSIP/agent02", 5));

        wait.until(ExpectedConditions.urlContains("/console/elders/" + elder.getId()));
        assertThat(browser.getPageSource()).contains(elder.getFullName());

        browser.findElement(By.cssSelector("header form button.link")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        signIn(testAgents.create(AgentRole.SUPERVISOR, "值班长 陈敏"));
        browser.get(url("/console/supervisor/dashboard"));
        assertThat(browser.findElement(By.cssSelector("#hourly svg.chart")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("#handling svg.chart")).isDisplayed()).isTrue();
        browser.executeScript("document.getElementById('waits').scrollIntoView();");
        shot("dashboard-waits");
        browser.executeScript("document.getElementById('satisfaction').scrollIntoView();");
        shot("dashboard-satisfaction");
    }

    private void signIn(Agent who) {
        browser.get(url("/console/queue"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("username")).sendKeys(who.getUsername());
        browser.findElement(By.id("password")).sendKeys(TestAgents.PASSWORD);
        browser.findElement(By.id("login")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/console/queue"));
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private String chat(String json) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/api/chat")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }
}

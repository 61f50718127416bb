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
import cn.yinling.hotline.cases.support.TestClock;
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
import java.util.Map;
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
 * balance, reply in the taken-over chat, see the family's next message arrive without reloading,
 * book on the elder's behalf, move the booking, close it with a wrap-up code; then the supervisor's
 * dashboard. Screenshots go to
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
    TestClock clock;
    @Autowired
    ApplicationEventPublisher events;

    final HttpClient http = HttpClient.newHttpClient();
    /** The web chat of the test, as its start handed it out. */
    private String chatToken;
    ChromeDriver browser;

    /**
     * Emergencies other test classes left unclaimed in the shared test database would put their
     * banner over this page (it is on every page, above everything): each browser test starts without.
     */
    static void noEmergencyLeftOpen(Cases cases) {
        cases.unclaimedEmergencies().forEach(c -> cases.close(c.getId(), "INFORMATION_GIVEN", "test-setup"));
    }

    @BeforeEach
    void browser() throws Exception {
        Chromium.readyForConsole(cases);
        browser = Chromium.startWatchingPolicy();
    }

    @AfterEach
    void quit() {
        Chromium.quitAfterPolicyCheck(browser);
    }

    @Test
    void anEscalationFromTheChatIsClaimedWorkedAndClosedInTheBrowser() throws Exception {
        clock.set(ConsoleTestApplication.START);
        Agent agent = testAgents.create(AgentRole.AGENT, "坐席一号 李娜");
        Agent boss = testAgents.create(AgentRole.SUPERVISOR, "值班长 陈敏");
        String community = street.newCommunity();
        Elder elder = street.elderWithPolicy(community, "ANQING_FREE");
        street.worker(community, 2);
        String phone = "139" + String.format("%08d", (System.nanoTime() / 1000) % 100_000_000);
        elders.addPhone(elder.elderId(), phone);

        signIn(agent);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.attributeContains(By.id("live"), "class", "on"));
        browser.executeScript("window.notReloaded = true;");

        chatToken = sessionIdOf(chat("{\"event\":\"start\"}"));
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

        replyInTheTakenOverChat(wait);
        aFamilyMessageAppearsWithoutReload();
        long bookingId = bookOnBehalf(wait);
        moveTheBooking(wait, bookingId);

        new Select(browser.findElement(By.id("wrapUpCode"))).selectByValue("INFORMATION_GIVEN");
        browser.findElement(By.id("close")).click();
        // Closing cannot be taken back: the console asks first.
        org.openqa.selenium.Alert closing = wait.until(ExpectedConditions.alertIsPresent());
        assertThat(closing.getText()).contains("确定结案吗");
        closing.accept();
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

        browser.findElement(By.linkText("审计日志")).click();
        wait.until(ExpectedConditions.urlContains("/console/supervisor/audit"));
        browser.findElement(By.id("caseId")).sendKeys(Long.toString(caseId));
        browser.findElement(By.id("audit-submit")).click();
        wait.until(ExpectedConditions.urlContains("caseId=" + caseId));
        assertThat(text("#audit-log")).contains("查看案例 #" + caseId).contains("结案 #" + caseId).contains(agent.getUsername());
        shot("audit-log");
    }

    @Test
    void anAdminCreatesAnAccountWhoseAgentThenCorrectsAnEldersPhoneNumber() throws Exception {
        Agent admin = testAgents.create(AgentRole.ADMIN, "系统管理员");
        Elder elder = street.elderWithPolicy(street.newCommunity(), "ANQING_FREE");
        String username = "browser" + admin.getId();
        String password = "first-login-密码-" + admin.getId();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));

        signIn(admin);
        browser.findElement(By.linkText("账号管理")).click();
        wait.until(ExpectedConditions.urlContains("/console/admin/accounts"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("displayName")).sendKeys("坐席三号 王芳");
        new Select(browser.findElement(By.id("role"))).selectByValue("AGENT");
        browser.findElement(By.id("queueInterface")).sendKeys("PJSIP/agent" + admin.getId());
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("create-account")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.done"), "已创建"));
        assertThat(text("#account-" + username)).contains("坐席三号 王芳").contains("PJSIP/agent" + admin.getId());
        shot("accounts");
        browser.findElement(By.cssSelector("header form button.link")).click();
        wait.until(ExpectedConditions.urlContains("/login"));

        signIn(username, password);
        browser.get(url("/console/elders/" + elder.getId()));
        WebElement phones = browser.findElement(By.id("phones"));
        phones.clear();
        phones.sendKeys("0555-12");
        browser.findElement(By.cssSelector("#edit-phones button[type=submit]")).click();
        // Said beside the field, which still holds what was typed (#23).
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("phones-problem"), "格式不正确"));
        assertThat(browser.findElement(By.id("phones")).getDomProperty("value")).isEqualTo("0555-12");
        shot("elder-edit-refused");
        String mobile = "137" + String.format("%08d", (System.nanoTime() / 1000) % 100_000_000);
        phones = browser.findElement(By.id("phones"));
        phones.clear();
        phones.sendKeys("+86 " + mobile.substring(0, 3) + " " + mobile.substring(3, 7) + " " + mobile.substring(7));
        browser.findElement(By.cssSelector("#edit-phones button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.done"), "登记电话已保存"));
        assertThat(text("#record")).contains(mobile);
        shot("elder-edit");
    }

    /** The reply goes out through the web chat: the family's widget fetches it from the chat API. */
    private void replyInTheTakenOverChat(WebDriverWait wait) throws Exception {
        browser.findElement(By.id("composerText")).sendKeys("王阿姨您好，我是坐席李娜，马上帮您安排。");
        browser.findElement(By.id("composerSend")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.done"), "已发送"));
        String widget = http.send(HttpRequest.newBuilder(URI.create(url("/api/chat/messages?after=0")))
                .header("X-Chat-Session", chatToken).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(widget).contains("马上帮您安排");
        shot("workspace-chat-reply");
    }

    private void aFamilyMessageAppearsWithoutReload() throws Exception {
        browser.executeScript("window.notReloaded = true;");
        chat("{\"sessionId\":\"e2e\",\"text\":\"我妈想约后天上午打扫卫生，再改到周四下午\"}");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"), "再改到周四下午"));
        assertThat(browser.executeScript("return window.notReloaded === true;")).isEqualTo(true);
        Thread.sleep(4_500); // two more polls: the server sends the last half minute's lines again
        assertThat(browser.executeScript("return Array.prototype.filter.call(document.querySelectorAll('#conversation .msg'),"
                + " function (m) { return m.textContent.indexOf('再改到周四下午') >= 0; }).length;")).isEqualTo(1L);
        scrollTo("conversation");
        shot("workspace-live-message");
    }

    /** Books cleaning on Wednesday 10:00 (two days ahead of the test clock's Monday); returns the booking number. */
    private long bookOnBehalf(WebDriverWait wait) throws Exception {
        new Select(browser.findElement(By.id("serviceCode"))).selectByValue("cleaning");
        setValue("day", "2026-03-04");
        setValue("time", "10:00");
        browser.findElement(By.cssSelector("form.book button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.done"), "预约成功"));
        Matcher m = Pattern.compile("#(\\d+)").matcher(text(".flash.done"));
        assertThat(m.find()).isTrue();
        assertThat(text("#bookings")).contains("打扫卫生");
        scrollTo("bookings");
        shot("workspace-booked");
        return Long.parseLong(m.group(1));
    }

    private void moveTheBooking(WebDriverWait wait, long bookingId) throws Exception {
        WebElement form = browser.findElement(By.id("move-" + bookingId));
        browser.executeScript("arguments[0].querySelector('[name=day]').value = '2026-03-05';"
                + "arguments[0].querySelector('[name=time]').value = '14:00';", form);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.done"), "已改到 3月5日 14:00"));
        assertThat(text("#bookings")).contains("3月5日 14:00");
        assertThat(text("#timeline")).contains("改约 #" + bookingId);
        scrollTo("bookings");
        shot("workspace-moved");
    }

    private void scrollTo(String id) {
        browser.executeScript("document.getElementById(arguments[0]).scrollIntoView();", id);
    }

    private void setValue(String id, String value) {
        browser.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
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
        signIn(who.getUsername(), TestAgents.PASSWORD);
    }

    private void signIn(String username, String password) {
        browser.get(url("/console/queue"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/console/queue"));
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private static String sessionIdOf(String chatReply) {
        Matcher m = Pattern.compile("\"sessionId\":\"([A-Za-z0-9_-]+)\"").matcher(chatReply);
        assertThat(m.find()).as("sessionId in %s", chatReply).isTrue();
        return m.group(1);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Posts to the chat API; {@code "sessionId":"e2e"} stands for the token the chat's start handed out. */
    private String chat(String json) throws Exception {
        json = json.replace("\"sessionId\":\"e2e\"", "\"sessionId\":\"" + chatToken + "\"");
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/api/chat")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }
}

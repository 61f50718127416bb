package cn.yinling.hotline.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.cannedreply.CannedReply;
import cn.yinling.hotline.cases.cannedreply.CannedReplyRepository;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.support.TestClock;
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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An agent answering a family member's web chat in Chromium with the keyboard: the shortcuts' help
 * overlay, a canned reply picked with "/" and its variables filled in, the switch to an internal
 * note and back, Ctrl+Enter to send, the reply's delivery going from 已发送 to 已送达 once the
 * family's page fetched it, a note that stays on the timeline; then, with the case's tab in the
 * background, the family's new messages counted in its title and shown as desktop notifications.
 * Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(classes = ConsoleTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComposerInBrowserTest {

    static final Path SHOTS = Path.of("target", "screenshots");
    static final Pattern CASE_ID = Pattern.compile("\"caseId\":(\\d+)");
    /** Notes each desktop notification the page shows (the real one is shown too) in the tab's session storage. */
    static final String NOTIFICATION_WATCH = """
            (function () {
              var Real = window.Notification;
              if (!Real) { return; }
              function Watched(title, options) {
                var seen = JSON.parse(sessionStorage.getItem('notified') || '[]');
                seen.push(title + '|' + (options && options.body));
                sessionStorage.setItem('notified', JSON.stringify(seen));
                return new Real(title, options);
              }
              Watched.requestPermission = function (cb) { return Real.requestPermission(cb); };
              Object.defineProperty(Watched, 'permission', { get: function () { return Real.permission; } });
              window.Notification = Watched;
            }());""";

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
    CannedReplyRepository cannedReplies;

    final HttpClient http = HttpClient.newHttpClient();
    String chatToken;
    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void browser() throws Exception {
        Chromium.readyForConsole(cases);
        browser = Chromium.startWatchingPolicy();
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", NOTIFICATION_WATCH));
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void quit() {
        Chromium.quitAfterPolicyCheck(browser);
    }

    @Test
    void anAgentAnswersAChatWithTheKeyboardAndHearsOfNewMessagesInTheBackground() throws Exception {
        clock.set(ConsoleTestApplication.START);
        Agent agent = testAgents.create(AgentRole.AGENT, "李娜");
        cannedReplies.save(new CannedReply(agent.getId(), "hello", "问候",
                "{称呼}您好，我是坐席{坐席}，请问有什么可以帮您？", clock.instant(), agent.getUsername()));
        long caseId = aFamilyMemberAsksForAPersonAboutTheirMother();
        cases.claim(caseId, agent.getId(), agent.getUsername());

        signIn(agent);
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", url(""), "permissions", List.of("notifications")));
        browser.get(url("/console/cases/" + caseId));

        theHelpOverlayListsTheShortcuts();
        aCannedReplyIsInsertedWithItsVariablesFilledIn();
        theBoxSwitchesToANoteAndBack();
        theReplyIsSentWithCtrlEnterAndIsDeliveredOnceTheFamilysPageFetchesIt();
        aNoteStaysOnTheTimeline();
        newMessagesInTheBackgroundAreCountedInTheTitleAndNotified(caseId);
    }

    private void theHelpOverlayListsTheShortcuts() throws Exception {
        body().sendKeys("?");
        WebElement help = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("shortcut-help")));
        assertThat(help.getText()).contains("领取下一个等待中的案例").contains("切换到内部备注").contains("结案（跳到结案代码）");
        shot("shortcuts-help-overlay");
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("shortcut-help")));
    }

    private void aCannedReplyIsInsertedWithItsVariablesFilledIn() throws Exception {
        body().sendKeys("r");
        wait.until(d -> "composerText".equals(activeId()));
        WebElement box = browser.findElement(By.id("composerText"));
        box.sendKeys("/hel");
        WebElement picker = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("canned")));
        assertThat(picker.getText()).contains("/hello").contains("问候");
        shot("composer-canned-reply-picker");
        box.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("canned")));
        assertThat(box.getAttribute("value")).isEqualTo("王阿姨您好，我是坐席李娜，请问有什么可以帮您？");
    }

    private void theBoxSwitchesToANoteAndBack() throws Exception {
        WebElement box = browser.findElement(By.id("composerText"));
        // Typing in the box: single keys are text, the Alt combinations switch.
        box.sendKeys(Keys.chord(Keys.ALT, "i"));
        wait.until(d -> "note".equals(html("data-composer-mode")));
        assertThat(browser.findElement(By.id("composer-form")).getAttribute("class")).contains("mode-note");
        assertThat(box.getAttribute("value")).isEqualTo("王阿姨您好，我是坐席李娜，请问有什么可以帮您？");
        scrollTo("composer");
        shot("composer-note-mode");
        box.sendKeys(Keys.chord(Keys.ALT, "r"));
        wait.until(d -> "reply".equals(html("data-composer-mode")));
        scrollTo("composer");
        shot("composer-reply-mode");
    }

    private void theReplyIsSentWithCtrlEnterAndIsDeliveredOnceTheFamilysPageFetchesIt() throws Exception {
        browser.findElement(By.id("composerText")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.done"), "已发送"));
        WebElement reply = lastReply();
        assertThat(reply.getText()).contains("王阿姨您好").contains("已发送");

        String widget = http.send(HttpRequest.newBuilder(URI.create(url("/api/chat/messages?after=0")))
                .header("X-Chat-Session", chatToken).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(widget).contains("王阿姨您好");

        wait.until(d -> lastReply().findElement(By.cssSelector(".delivery")).getText().equals("已送达"));
        scrollTo("conversation");
        shot("composer-reply-delivered");
    }

    private void aNoteStaysOnTheTimeline() throws Exception {
        body().sendKeys("i");
        wait.until(d -> "composerText".equals(activeId()) && "note".equals(html("data-composer-mode")));
        WebElement box = browser.findElement(By.id("composerText"));
        box.sendKeys("家属说老人这两天没胃口，回访时问问");
        box.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.done"), "备注已保存"));
        assertThat(text("#timeline")).contains("家属说老人这两天没胃口");
        assertThat(text("#conversation")).doesNotContain("家属说老人这两天没胃口");
        String widget = http.send(HttpRequest.newBuilder(URI.create(url("/api/chat/messages?after=0")))
                .header("X-Chat-Session", chatToken).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(widget).doesNotContain("没胃口");
    }

    private void newMessagesInTheBackgroundAreCountedInTheTitleAndNotified(long caseId) throws Exception {
        String workspace = browser.getWindowHandle();
        String title = browser.getTitle();
        assertThat(title).doesNotStartWith("(");
        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(url("/console/replies"));
        aReplyNamingTheAddressIsRefusedOnTheRepliesPage();

        chat("{\"sessionId\":\"e2e\",\"text\":\"我妈说想明天上午洗澡\"}");
        chat("{\"sessionId\":\"e2e\",\"text\":\"能安排女护工吗\"}");

        wait.withMessage(() -> "title of the case's tab: " + titleOfTab("/console/cases/" + caseId))
                .until(d -> titleOfTab("/console/cases/" + caseId).equals("(2) " + title));
        shot("composer-other-tab-while-messages-arrive");
        browser.switchTo().window(workspace);
        browser.executeCdpCommand("Target.activateTarget", Map.of("targetId", targetId("/console/cases/" + caseId)));
        assertThat(html("data-chat-chimes")).isEqualTo("2");
        @SuppressWarnings("unchecked")
        List<String> notified = (List<String>) browser.executeScript("return JSON.parse(sessionStorage.getItem('notified') || '[]');");
        assertThat(notified).containsExactly("案例 #" + caseId + " 有新消息|网页访客：我妈说想明天上午洗澡",
                "案例 #" + caseId + " 有新消息|网页访客：能安排女护工吗");
        body().click();
        wait.withMessage(() -> "title after coming back: " + browser.getTitle()).until(d -> d.getTitle().equals(title));
        scrollTo("conversation");
        shot("composer-new-messages-read");
    }

    private void aReplyNamingTheAddressIsRefusedOnTheRepliesPage() throws Exception {
        assertThat(text(".replies-list")).contains("/hello").contains("{称呼}您好");
        browser.findElement(By.id("shortcut")).sendKeys("addr");
        browser.findElement(By.id("replyTitle")).sendKeys("核对地址");
        browser.findElement(By.id("replyBody")).sendKeys("{称呼}，您家是住在{地址}吗？");
        browser.findElement(By.id("saveReply")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("body-problem"), "不能使用变量{地址}"));
        assertThat(browser.findElement(By.id("replyBody")).getAttribute("value")).isEqualTo("{称呼}，您家是住在{地址}吗？");
        shot("canned-replies-refused-variable");
    }

    private long aFamilyMemberAsksForAPersonAboutTheirMother() throws Exception {
        String community = street.newCommunity();
        Elder elder = street.elderWithPolicy(community, "ANQING_FREE");
        String phone = "137" + String.format("%08d", (System.nanoTime() / 1000) % 100_000_000);
        elders.addPhone(elder.elderId(), phone);
        chatToken = sessionIdOf(chat("{\"event\":\"start\"}"));
        chat("{\"sessionId\":\"e2e\",\"text\":\"查一下补贴余额\"}");
        chat("{\"sessionId\":\"e2e\",\"text\":\"" + phone + "\"}");
        chat("{\"sessionId\":\"e2e\",\"text\":\"" + elder.idNumber().lastFour() + "\"}");
        Matcher m = CASE_ID.matcher(chat("{\"sessionId\":\"e2e\",\"text\":\"我要转人工\"}"));
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> tabs() {
        return (List<Map<String, Object>>) browser.executeCdpCommand("Target.getTargets", Map.of()).get("targetInfos");
    }

    private String titleOfTab(String path) {
        return tabs().stream().filter(t -> "page".equals(t.get("type")) && String.valueOf(t.get("url")).contains(path))
                .map(t -> String.valueOf(t.get("title"))).findFirst().orElse("");
    }

    private String targetId(String path) {
        return tabs().stream().filter(t -> "page".equals(t.get("type")) && String.valueOf(t.get("url")).contains(path))
                .map(t -> String.valueOf(t.get("targetId"))).findFirst().orElseThrow();
    }

    private WebElement lastReply() {
        List<WebElement> replies = browser.findElements(By.cssSelector("#conversation .msg.out"));
        return replies.get(replies.size() - 1);
    }

    private WebElement body() {
        return browser.findElement(By.tagName("body"));
    }

    private String activeId() {
        return (String) browser.executeScript("return document.activeElement && document.activeElement.id;");
    }

    private String html(String attribute) {
        return browser.findElement(By.tagName("html")).getAttribute(attribute);
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private void scrollTo(String id) {
        browser.executeScript("document.getElementById(arguments[0]).scrollIntoView();", id);
    }

    private void signIn(Agent who) {
        browser.get(url("/console/queue"));
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("username")).sendKeys(who.getUsername());
        browser.findElement(By.id("password")).sendKeys(TestAgents.PASSWORD);
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.urlContains("/console/queue"));
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

    private String chat(String json) throws Exception {
        json = json.replace("\"sessionId\":\"e2e\"", "\"sessionId\":\"" + chatToken + "\"");
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/api/chat")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }
}

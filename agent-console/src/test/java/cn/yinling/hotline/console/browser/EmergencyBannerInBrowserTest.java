package cn.yinling.hotline.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.emergency.EmergencyEscalations;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
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
 * An agent at work in another case's page when an emergency comes in: the banner appears at the top
 * without reloading, with the elder, the address and the caller's words (markup in the words stays
 * text), the alarm sounds until acknowledged and the title flashes; when a colleague claims the case
 * the banner goes away. A supervisor's page shows the escalation once nobody has claimed it for a minute.
 * Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(classes = ConsoleTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmergencyBannerInBrowserTest {

    static final Path SHOTS = Path.of("target", "screenshots");
    static final String WORDS = "<img src=x onerror=\"window.injected=1\">我在家摔倒了起不来";

    @LocalServerPort
    int port;
    @Autowired
    TestAgents testAgents;
    @Autowired
    TestStreet street;
    @Autowired
    Cases cases;
    @Autowired
    EmergencyEscalations escalations;
    @Autowired
    TestClock clock;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void browser() throws Exception {
        Chromium.readyForConsole(cases);
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        clock.set(ConsoleTestApplication.START);
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anEmergencyReachesAnAgentWorkingInAnotherCaseAndLeavesOnceClaimed() throws Exception {
        Agent agent = testAgents.create(AgentRole.AGENT, "坐席一号 李娜");
        Agent colleague = testAgents.create(AgentRole.AGENT, "坐席二号 周强");
        String community = street.newCommunity();
        Elder other = street.elderWithPolicy(community, "ANQING_FREE");
        CareCase working = cases.openHandoff(other.elderId(), "想预约助浴", Priority.NORMAL, Channel.VOICE, "bot");
        cases.claim(working.getId(), agent.getId(), agent.getUsername());
        signIn(agent);
        browser.get(url("/console/cases/" + working.getId()));
        wait.until(d -> "on".equals(d.findElement(By.tagName("html")).getAttribute("data-screen-pop")));
        String title = browser.getTitle();

        Elder fallen = street.elderWithPolicy(community, "ANQING_FREE");
        CareCase emergency = cases.openEmergency(fallen.elderId(), WORDS, Channel.VOICE, "bot");

        WebElement alert = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("emergency-" + emergency.getId())));
        assertThat(alert.findElement(By.cssSelector(".emergency-elder")).getText()).isEqualTo("王秀英");
        assertThat(alert.findElement(By.cssSelector(".emergency-address")).getText())
                .isEqualTo(fallen.getCommunity() + " " + fallen.getAddress());
        assertThat(alert.findElement(By.cssSelector(".emergency-said")).getText()).isEqualTo(WORDS);
        assertThat(alert.findElements(By.tagName("img"))).isEmpty();
        assertThat(browser.executeScript("return window.injected === undefined;")).isEqualTo(true);
        assertThat(browser.getCurrentUrl()).endsWith("/console/cases/" + working.getId());
        assertThat(html("data-emergency-sound")).isEqualTo("on");
        wait.until(d -> d.getTitle().startsWith("【紧急求助】"));
        shot("emergency-banner-on-a-case-page");

        browser.findElement(By.id("emergency-ack")).click();
        wait.until(d -> "off".equals(html("data-emergency-sound")));
        assertThat(browser.findElement(By.id("emergency-banner")).isDisplayed()).isTrue();

        cases.claim(emergency.getId(), colleague.getId(), colleague.getUsername());

        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("emergency-" + emergency.getId())));
        wait.until(d -> d.getTitle().equals(title));
    }

    @Test
    void theBannerClaimsTheCaseAndOpensIt() throws Exception {
        Agent agent = testAgents.create(AgentRole.AGENT, "坐席三号 王芳");
        signIn(agent);
        browser.get(url("/console/elders"));
        CareCase emergency = cases.openEmergency(null, "有人在撬我家门", Channel.WEB, "bot", "198.51.100.7-" + agent.getId());

        WebElement alert = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("emergency-" + emergency.getId())));
        assertThat(alert.findElement(By.cssSelector(".emergency-elder")).getText()).isEqualTo("未识别来电人");
        alert.findElement(By.cssSelector("button.claim")).click();

        wait.until(ExpectedConditions.urlContains("/console/cases/" + emergency.getId()));
        assertThat(cases.get(emergency.getId()).getAssigneeId()).isEqualTo(agent.getId());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("procedure")));
        assertThat(browser.findElements(By.id("emergency-" + emergency.getId()))).noneMatch(WebElement::isDisplayed);
        shot("emergency-case-page");
    }

    @Test
    void aSupervisorSeesTheEscalationOnTheirPage() throws Exception {
        Agent boss = testAgents.create(AgentRole.SUPERVISOR, "值班长 陈敏");
        signIn(boss);
        browser.get(url("/console/supervisor/team"));
        wait.until(d -> "on".equals(d.findElement(By.tagName("html")).getAttribute("data-screen-pop")));
        Elder fallen = street.elderWithPolicy(street.newCommunity(), "ANQING_FREE");
        CareCase emergency = cases.openEmergency(fallen.elderId(), "胸口疼喘不上气", Channel.VOICE, "bot");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("emergency-" + emergency.getId())));

        clock.advance(Duration.ofSeconds(61));
        escalations.escalateDue();

        WebElement alert = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#emergency-" + emergency.getId() + ".level-1")));
        assertThat(alert.findElement(By.cssSelector(".emergency-notice")).getText())
                .isEqualTo("主管请注意：已超过60秒无人领取，请立即安排坐席处理");
        shot("emergency-escalated-to-supervisor");
        cases.claim(emergency.getId(), boss.getId(), boss.getUsername());
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("emergency-" + emergency.getId())));
    }

    private String html(String attribute) {
        return browser.findElement(By.tagName("html")).getAttribute(attribute);
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

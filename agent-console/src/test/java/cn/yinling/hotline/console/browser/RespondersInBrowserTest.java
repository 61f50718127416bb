package cn.yinling.hotline.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.responders.CallOuts;
import cn.yinling.hotline.cases.responders.DueResponderCall;
import cn.yinling.hotline.cases.responders.Responders;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

/**
 * An emergency case page in a real headless Chromium while the responders are called: the section
 * shows who is being called and, without reloading, that the first declined and the second accepted,
 * within the page's Content-Security-Policy. Screenshot in {@code target/screenshots/}.
 */
@SpringBootTest(classes = ConsoleTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RespondersInBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestAgents testAgents;
    @Autowired
    TestStreet street;
    @Autowired
    TestClock clock;
    @Autowired
    Responders responders;
    @Autowired
    CallOuts callOuts;
    @Autowired
    Cases cases;

    ChromeDriver browser;

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
    void theCallOutIsFollowedOnTheCasePageWithoutReloading() throws Exception {
        clock.set(ConsoleTestApplication.START);
        Agent agent = testAgents.create(AgentRole.AGENT, "坐席 李娜");
        Elder elder = street.elderWithPolicy(street.newCommunity(), null);
        responders.addCommunityWorker(elder.elderId(), "李主任", mobile(), "");
        responders.addCommunityWorker(elder.elderId(), "张书记", mobile(), "");
        CareCase k = cases.openEmergency(elder.elderId(), "我摔倒了", Channel.VOICE, "test");
        DueResponderCall first = callOuts.claimNext("browser-test").stream()
                .filter(d -> d.caseId().value() == k.getId()).findFirst().orElseThrow();

        signIn(agent);
        browser.get("http://127.0.0.1:" + port + "/console/cases/" + k.getId());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("responders")));
        assertThat(browser.findElement(By.cssSelector("#responders tr.calling")).getText()).contains("李主任")
                .contains("正在呼叫");
        browser.executeScript("document.getElementById('responders').dataset.marker = 'same page';");

        callOuts.declined(first.callId());
        DueResponderCall second = callOuts.claimNext("browser-test").stream()
                .filter(d -> d.caseId().value() == k.getId()).findFirst().orElseThrow();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#responders tr:nth-child(1)"),
                "去不了"));
        callOuts.accepted(second.callId());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#responders tr.accepted"), "张书记"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#responders .responders-status"),
                "已有响应人接受"));
        assertThat(browser.executeScript("return document.getElementById('responders').dataset.marker;"))
                .as("not reloaded").isEqualTo("same page");
        browser.executeScript("document.getElementById('responders').scrollIntoView();");
        Files.write(Path.of("target", "screenshots", "responders.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private void signIn(Agent who) {
        browser.get("http://127.0.0.1:" + port + "/console/queue");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("username")).sendKeys(who.getUsername());
        browser.findElement(By.id("password")).sendKeys(TestAgents.PASSWORD);
        browser.findElement(By.id("login")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/console/queue"));
    }

    private static String mobile() {
        return "158" + String.format("%08d", (System.nanoTime() / 1000) % 100_000_000);
    }
}

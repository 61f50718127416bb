package cn.yinling.hotline.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.dispatch.WorkOrders;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.provider.ProviderDirectory;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import cn.yinling.hotline.console.dispatch.DispatchWorld;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The day's dispatch list in a real headless Chromium: the agent opens it from the navigation, picks
 * the day and the provider, shows addresses in full, and the page as printed leaves out the navigation
 * and the controls; within the Content-Security-Policy. Screenshots in {@code target/screenshots/}.
 */
@SpringBootTest(classes = ConsoleTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DispatchInBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestAgents testAgents;
    @Autowired
    TestStreet street;
    @Autowired
    TestClock clock;
    @Autowired
    Cases cases;
    @Autowired
    ProviderDirectory directory;
    @Autowired
    Elders elders;
    @Autowired
    Bookings bookings;
    @Autowired
    WorkOrders workOrders;

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
    void theDaysDispatchListIsPickedShownInFullAndPrintedWithoutTheNavigation() throws Exception {
        clock.set(ConsoleTestApplication.START);
        Agent agent = testAgents.create(AgentRole.AGENT, "坐席 李娜");
        DispatchWorld world = new DispatchWorld(directory, street, elders, bookings);
        long provider = world.provider("夕阳红家政");
        world.worker(provider, "孙丽", "13905558001");
        Elder wang = world.elder("13812348001");
        Booking visit = world.book(wang, LocalDateTime.of(2026, 3, 4, 9, 0));
        String code = workOrders.forBooking(visit.getId()).orElseThrow().getVisitCode();

        signIn(agent);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        browser.findElement(By.linkText("派工单")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dispatch-filter")));
        browser.findElement(By.id("day")).clear();
        browser.findElement(By.id("day")).sendKeys("2026-03-04");
        new Select(browser.findElement(By.id("provider"))).selectByVisibleText("夕阳红家政");
        browser.findElement(By.cssSelector("#dispatch-filter button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dispatch-heading"), "2026-03-04 派工单"));
        String row = browser.findElement(By.id("order-" + workOrders.forBooking(visit.getId()).orElseThrow().getId())).getText();
        assertThat(row).contains("09:00–10:00").contains("王阿姨（王秀英）").contains("138****8001").contains("孙丽")
                .contains(code).contains("已派工").doesNotContain(wang.getAddress());
        assertThat(browser.findElements(By.cssSelector("#dispatch-list tbody tr"))).hasSize(1);

        browser.findElement(By.id("show-full")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hide-full")));
        assertThat(browser.findElement(By.id("dispatch-list")).getText()).contains(wang.getAddress()).contains("13812348001");
        Files.write(Path.of("target", "screenshots", "dispatch-list.png"), browser.getScreenshotAs(OutputType.BYTES));

        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(browser.findElement(By.cssSelector("header.top")).isDisplayed()).as("navigation printed").isFalse();
        assertThat(browser.findElement(By.id("dispatch-filter")).isDisplayed()).as("filters printed").isFalse();
        assertThat(browser.findElement(By.id("print")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("dispatch-heading")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("dispatch-heading")).getText()).isEqualTo("2026-03-04 派工单 · 夕阳红家政");
        assertThat(browser.findElement(By.id("dispatch-list")).isDisplayed()).isTrue();
        Files.write(Path.of("target", "screenshots", "dispatch-list-print.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
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

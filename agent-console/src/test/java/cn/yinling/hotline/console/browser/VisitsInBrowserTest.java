package cn.yinling.hotline.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.dispatch.WorkOrders;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.provider.WorkerRepository;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.cases.visit.DoorCheckins;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import cn.yinling.hotline.console.visits.VisitFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
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
 * 今日上门 in a real headless Chromium: a late visit flagged and counted in the nav, the elder's phone
 * shown by a click, a visit checked in by phone shown with its proof, a held one decided by a
 * supervisor — within the page's Content-Security-Policy. Screenshot in {@code target/screenshots/}.
 */
@SpringBootTest(classes = ConsoleTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VisitsInBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestAgents testAgents;
    @Autowired
    TestStreet street;
    @Autowired
    TestClock clock;
    @Autowired
    Elders elders;
    @Autowired
    Bookings bookings;
    @Autowired
    WorkOrders workOrders;
    @Autowired
    WorkerRepository workers;
    @Autowired
    DoorCheckins door;
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
    void aSupervisorSeesTheDaysVisitsCallsTheElderOfALateOneAndDecidesAHeldOne() throws Exception {
        VisitFixture late = new VisitFixture(street, clock, elders, bookings, workOrders, workers, "王秀英");
        VisitFixture held = new VisitFixture(street, clock, elders, bookings, workOrders, workers, "李桂兰");
        clock.set(held.start);
        door.checkIn(held.elderPhone, held.worker.getWorkerNumber(), null);
        clock.set(held.start.plusMinutes(95));
        door.problem(door.checkIn(held.elderPhone, held.worker.getWorkerNumber(), null).visitId());
        clock.set(late.start.plusMinutes(20));

        Agent supervisor = testAgents.create(AgentRole.SUPERVISOR, "班长 周敏");
        signIn(supervisor);
        browser.get("http://127.0.0.1:" + port + "/console/visits?day=" + late.start.toLocalDate());
        WebElement row = visitRow(late);
        assertThat(row.findElement(By.className("visit-status")).getText()).isEqualTo("迟到未签到");
        assertThat(row.getText()).contains("055****").doesNotContain(late.elderPhone);
        row.findElement(By.cssSelector("button.reveal")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#visit-" + late.order().getId() + " a.revealed-phone")));
        assertThat(visitRow(late).findElement(By.cssSelector("a.revealed-phone")).getAttribute("href"))
                .isEqualTo("tel:" + late.elderPhone);
        Files.write(Path.of("target", "screenshots", "visits.png"), browser.getScreenshotAs(OutputType.BYTES));

        browser.get("http://127.0.0.1:" + port + "/console/visits?day=" + held.start.toLocalDate());
        WebElement disputed = visitRow(held);
        assertThat(disputed.findElement(By.className("visit-status")).getText()).isEqualTo("有争议");
        assertThat(disputed.findElement(By.className("visit-proof")).getText()).isEqualTo("老人家电话");
        disputed.findElement(By.cssSelector("input[value='AS_RECORDED']")).click();
        disputed.findElement(By.name("reason")).sendKeys("电话核实，服务已完成");
        disputed.findElement(By.cssSelector("form.decide button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#visit-" + held.order().getId() + " .visit-status"), "已完成"));
        assertThat(visitRow(held).getText()).contains("记录95分钟").contains("计费90分钟").contains("电话核实，服务已完成");
        assertThat(browser.findElement(By.cssSelector(".flash.done")).getText()).isEqualTo("已处理。");
    }

    private WebElement visitRow(VisitFixture v) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                ExpectedConditions.visibilityOfElementLocated(By.id("visit-" + v.order().getId())));
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

package cn.yinling.hotline.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.booking.Booking;
import cn.yinling.hotline.cases.booking.BookingRequest;
import cn.yinling.hotline.cases.booking.Bookings;
import cn.yinling.hotline.cases.casework.CareCase;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.casework.Priority;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The page flow of #23 in a real browser: a refused move lands on its booking with the free times
 * as buttons, one click fills the form and the move is made; a refused booking keeps what was typed
 * with the problem beside the day; and a supervisor on a phone (390 × 844) reads the queue, a case,
 * the dashboard and the team page without the page growing sideways, the menu folded. Screenshots
 * in {@code target/screenshots/flow-*.png} and {@code narrow-*.png}.
 */
@SpringBootTest(classes = ConsoleTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageFlowInBrowserTest {

    static final Path SHOTS = Path.of("target", "screenshots");
    static final LocalDateTime WEDNESDAY_10 = LocalDateTime.of(2026, 3, 4, 10, 0);

    @LocalServerPort
    int port;
    @Autowired
    TestAgents testAgents;
    @Autowired
    TestStreet street;
    @Autowired
    Cases cases;
    @Autowired
    Bookings bookings;
    @Autowired
    TestClock clock;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void browser() throws Exception {
        Chromium.readyForConsole(cases);
        browser = Chromium.startWatchingPolicy();
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @AfterEach
    void quit() {
        Chromium.quitAfterPolicyCheck(browser);
    }

    @Test
    void aRefusedMoveOffersFreeTimesThatFillItsFormAndARefusedBookingKeepsWhatWasTyped() throws Exception {
        clock.set(ConsoleTestApplication.START);
        Agent boss = testAgents.create(AgentRole.SUPERVISOR, "值班长 陈敏");
        String community = street.newCommunity();
        Elder elder = street.elderWithPolicy(community, "ANQING_FREE");
        street.worker(community, 2);
        Booking cleaning = bookings.book(new BookingRequest(elder.elderId(), "cleaning", WEDNESDAY_10, null, Channel.WECHAT,
                "bot", UUID.randomUUID().toString(), false, null));
        bookings.book(new BookingRequest(elder.elderId(), "companionship", WEDNESDAY_10.plusDays(1).withHour(14), null,
                Channel.VOICE, "elder", UUID.randomUUID().toString(), false, null));
        CareCase kase = cases.openHandoff(elder.elderId(), "想改一下打扫卫生的时间", Priority.NORMAL, Channel.VOICE, "ivr");
        cases.claim(kase.getId(), boss.getId(), boss.getUsername());

        signIn(boss);
        browser.get(url("/console/cases/" + kase.getId()));
        WebElement move = browser.findElement(By.id("move-" + cleaning.getId()));
        browser.executeScript("arguments[0].querySelector('[name=day]').value = '2026-03-05';"
                + "arguments[0].querySelector('[name=time]').value = '13:30';", move);
        move.findElement(By.cssSelector("button[type=submit]")).click();

        wait.until(ExpectedConditions.urlContains("#booking-" + cleaning.getId()));
        WebElement row = browser.findElement(By.id("booking-" + cleaning.getId()));
        assertThat(row.getText()).contains("无法改约：老人新的时间已有另一项上门服务").contains("可选的空闲时间");
        assertThat(browser.findElements(By.cssSelector(".columns .flash.problem"))).hasSize(1);
        shot("flow-move-refused");

        WebElement free = row.findElement(By.cssSelector("button.free-time"));
        String day = free.getDomAttribute("data-day");
        String time = free.getDomAttribute("data-time");
        free.click();
        move = browser.findElement(By.id("move-" + cleaning.getId()));
        assertThat(move.findElement(By.name("day")).getDomProperty("value")).isEqualTo(day);
        assertThat(move.findElement(By.name("time")).getDomProperty("value")).isEqualTo(time);
        shot("flow-free-time-chosen");
        move.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("#bookings"));
        assertThat(browser.findElement(By.id("bookings")).getText()).contains("已改到");
        assertThat(bookings.find(cleaning.getId()).orElseThrow().getStartsAt().toLocalDate().toString()).isEqualTo(day);

        new Select(browser.findElement(By.id("serviceCode"))).selectByValue("bathing");
        browser.executeScript("document.getElementById('day').value = '2026-03-02';"
                + "document.getElementById('time').value = '15:00';");
        browser.findElement(By.id("bookingNote")).sendKeys("请带上防滑垫");
        browser.findElement(By.cssSelector("#book button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches(".*#book$"));
        assertThat(browser.findElement(By.id("day-problem")).getText()).contains("需要提前预约");
        assertThat(browser.findElement(By.id("bookingNote")).getDomProperty("value")).isEqualTo("请带上防滑垫");
        assertThat(new Select(browser.findElement(By.id("serviceCode"))).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo("bathing");
        shot("flow-booking-refused");

        browser.manage().window().setSize(new Dimension(390, 844));
        for (String[] page : new String[][] {{"queue", "/console/queue"}, {"workspace", "/console/cases/" + kase.getId()},
                {"dashboard", "/console/supervisor/dashboard"}, {"team", "/console/supervisor/team"}}) {
            browser.get(url(page[1]));
            long inner = (Long) browser.executeScript("return window.innerWidth;");
            long wide = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
            assertThat(wide).as("%s is %d px wide in a %d px window", page[0], wide, inner).isLessThanOrEqualTo(inner);
            assertThat(browser.findElement(By.cssSelector("header nav")).isDisplayed()).isFalse();
            shot("narrow-" + page[0]);
        }
        browser.findElement(By.cssSelector("label.nav-toggle")).click();
        assertThat(browser.findElement(By.cssSelector("header nav")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.linkText("监控看板")).isDisplayed()).isTrue();
        shot("narrow-menu");
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

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}

package cn.yinling.hotline.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.casework.Cases;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.Registration;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
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
 * An agent in a real headless Chromium opens a case by hand for a call on a direct line (new case:
 * find the elder, choose, say how and what), lands in its workspace (no phone system here, so the
 * call buttons say so), finds it in 我的处理中, searches by the last four digits of the elder's
 * number (name and number masked) and mistypes a date range (told in Chinese, filters kept), then
 * sees it in 我的已结案 once closed — within the pages' Content-Security-Policy. Screenshots in
 * {@code target/screenshots/cases-*.png}.
 */
@SpringBootTest(classes = ConsoleTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CasesInBrowserTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

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
    void anAgentOpensACaseByHandFindsItInTheirListsAndSearchesByTheLastFourDigits() throws Exception {
        Agent agent = testAgents.create(AgentRole.AGENT, "坐席 林芳");
        Elder elder = street.elder(street.household(street.newCommunity(), Registration.URBAN), "诸葛秀兰");
        String phone = String.format("1389%07d", 8_500_000 + SEQ.incrementAndGet());
        elders.addPhone(elder.elderId(), phone);
        String lastFour = phone.substring(7);
        signIn(agent);

        browser.findElement(By.id("nav-new-case")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("q"))).sendKeys("诸葛秀兰");
        browser.findElement(By.cssSelector("#elder-search button")).click();
        wait(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=elderId][value='" + elder.getId() + "']")))
                .click();
        assertThat(browser.findElement(By.id("who")).getText()).contains("诸葛秀兰").contains(phone.substring(0, 3) + "****" + lastFour)
                .doesNotContain(phone);
        new Select(browser.findElement(By.id("way"))).selectByVisibleText("来电");
        new Select(browser.findElement(By.id("type"))).selectByVisibleText("咨询求助");
        browser.findElement(By.id("note")).sendKeys("老人打直线电话，问下周能不能安排助浴");
        shot("cases-new");
        browser.findElement(By.id("create-case")).click();

        wait(ExpectedConditions.urlMatches("/console/cases/[0-9]+"));
        String url = browser.getCurrentUrl();
        long caseId = Long.parseLong(url.substring(url.lastIndexOf('/') + 1).replaceAll("[^0-9].*", ""));
        assertThat(browser.findElement(By.cssSelector(".flash.done")).getText()).isEqualTo("已创建案件 #" + caseId + "，由您处理。");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("坐席手工创建").contains("问下周能不能安排助浴");
        assertThat(browser.findElement(By.id("calls")).getText()).contains("未接通电话系统");
        assertThat(browser.findElement(By.cssSelector("#calls button")).isEnabled()).isFalse();
        shot("cases-created");
        browser.executeScript("document.getElementById('calls').scrollIntoView();");
        shot("cases-call-without-pbx");

        browser.findElement(By.id("nav-mine-open")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("case-" + caseId)));
        assertThat(browser.findElement(By.id("search-title")).getText()).isEqualTo("我的处理中");
        assertThat(browser.findElement(By.id("case-" + caseId)).getText()).contains("诸**兰").contains("咨询求助")
                .contains("处理中").contains("电话（来电）").doesNotContain("诸葛秀兰");
        shot("cases-mine-open");

        browser.findElement(By.id("nav-case-search")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("s-phone"))).sendKeys(lastFour);
        browser.findElement(By.id("search-submit")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("case-" + caseId)));
        assertThat(browser.findElement(By.id("case-results")).getText()).doesNotContain(phone).doesNotContain("诸葛秀兰");
        assertThat(browser.findElement(By.id("search-count")).getText()).contains("共").contains("第 1 /");
        browser.executeScript("document.getElementById('case-search').scrollIntoView();");
        shot("cases-search");

        // A date input takes keys in the browser's locale order; set the days as the form sends them.
        browser.executeScript("document.getElementById('s-from').value = '2026-03-10';"
                + "document.getElementById('s-to').value = '2026-03-01';");
        browser.findElement(By.id("search-submit")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("search-problems")));
        assertThat(browser.findElement(By.id("search-problems")).getText()).isEqualTo("结束日期早于开始日期，请检查日期范围。");
        assertThat(browser.findElement(By.id("s-phone")).getAttribute("value")).isEqualTo(lastFour);
        shot("cases-search-bad-range");

        cases.close(caseId, "INFORMATION_GIVEN", agent.getUsername());
        browser.findElement(By.id("nav-mine-closed")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("case-" + caseId)));
        assertThat(browser.findElement(By.id("case-" + caseId)).getText()).contains("已结案");
        shot("cases-mine-closed");
    }

    private <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
    }

    private void shot(String name) throws Exception {
        Files.write(ConsoleInBrowserTest.SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private void signIn(Agent who) {
        browser.get("http://127.0.0.1:" + port + "/console/queue");
        wait(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("username")).sendKeys(who.getUsername());
        browser.findElement(By.id("password")).sendKeys(TestAgents.PASSWORD);
        browser.findElement(By.id("login")).click();
        wait(ExpectedConditions.urlContains("/console/queue"));
    }
}

package cn.yinling.hotline.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.agent.Agent;
import cn.yinling.hotline.cases.agent.AgentRole;
import cn.yinling.hotline.cases.application.ApplicationState;
import cn.yinling.hotline.cases.application.VoucherApplications;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Registration;
import cn.yinling.hotline.cases.entitlement.Entitlements;
import cn.yinling.hotline.cases.support.TestClock;
import cn.yinling.hotline.cases.support.TestStreet;
import cn.yinling.hotline.console.ConsoleTestApplication;
import cn.yinling.hotline.console.TestAgents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The voucher application workflow in a real headless Chromium, each step by the role that does it:
 * an agent takes the application on the elder's record, records the home visit, puts it on notice
 * and records an objection, which is dismissed; the notice runs out (the clock is moved on); the
 * street (a supervisor) passes it, the district (an admin) approves it and the elder is enrolled.
 * A second application is refused with a reason, and an overdue one is flagged in the list.
 * Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(classes = ConsoleTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationWorkflowInBrowserTest {

    static final Path SHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;
    @Autowired
    TestAgents testAgents;
    @Autowired
    TestStreet street;
    @Autowired
    TestClock clock;
    @Autowired
    VoucherApplications applications;
    @Autowired
    Entitlements entitlements;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void browser() throws Exception {
        Chromium.requireInstalled();
        Files.createDirectories(SHOTS);
        browser = Chromium.start();
        // A page being replaced after a form post can be read half-way: retry instead of failing on the old one.
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class);
        clock.set(ConsoleTestApplication.START);
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anApplicationGoesFromThePhoneToEnrolmentStepByStep() throws Exception {
        Agent agent = testAgents.create(AgentRole.AGENT, "社区 李娜");
        Agent street = testAgents.create(AgentRole.SUPERVISOR, "街道 陈敏");
        Agent district = testAgents.create(AgentRole.ADMIN, "区民政 周强");
        Elder elder = this.street.elder(this.street.household(this.street.newCommunity(), Registration.URBAN), "孙桂芝");

        signIn(agent);
        browser.get(url("/console/elders/" + elder.getId()));
        WebElement form = browser.findElement(By.id("new-application"));
        new Select(form.findElement(By.id("appPolicy"))).selectByValue("ANQING_FREE");
        new Select(form.findElement(By.id("appChannel"))).selectByValue("PHONE");
        new Select(form.findElement(By.id("appApplicant"))).selectByValue("FAMILY");
        form.findElement(By.id("appName")).sendKeys("<b>孙强</b>（儿子）");
        form.findElement(By.id("appDocs")).sendKeys("身份证、户口簿复印件");
        shot("application-new-on-record");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches("/console/applications/\\d+$"));
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/", ""));
        assertThat(state()).isEqualTo("已受理");
        assertThat(browser.findElement(By.id("application")).getText()).contains("<b>孙强</b>（儿子）");

        passWith(null);
        assertThat(state()).isEqualTo("社区入户调查");
        passWith("入户调查：独居，行动不便，情况属实");
        assertThat(state()).isEqualTo("张榜公示");

        browser.findElement(By.id("objector")).sendKeys("邻居张某");
        browser.findElement(By.id("content")).sendKeys("儿子同住");
        browser.findElement(By.cssSelector("#object button")).click();
        WebElement rule = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#objections form")));
        new Select(rule.findElement(By.name("ruling"))).selectByValue("DISMISSED");
        rule.findElement(By.name("note")).sendKeys("经核实儿子在外地工作");
        rule.findElement(By.cssSelector("button")).click();
        wait.until(d -> d.findElement(By.id("objections")).getText().contains("异议不成立"));

        browser.findElement(By.cssSelector("#pass button")).click();
        wait.until(d -> !d.findElements(By.cssSelector(".flash.problem")).isEmpty()
                && d.findElement(By.cssSelector(".flash.problem")).getText().startsWith("公示期还没有结束"));
        assertThat(state()).as("the notice is still running").isEqualTo("张榜公示");
        clock.advance(Duration.ofDays(7));
        signInAgain(agent); // a week of the test clock ends an idle console session
        browser.get(url("/console/applications/" + id));
        passWith(null);
        assertThat(state()).isEqualTo("街道审核");
        assertThat(browser.findElement(By.id("not-yours")).getText()).isEqualTo("本环节由值班长办理。");
        assertThat(browser.findElements(By.id("pass"))).isEmpty();
        shot("application-street-review-as-agent");

        signInAgain(street);
        browser.get(url("/console/applications/" + id));
        passWith("街道审核同意");
        assertThat(state()).isEqualTo("区民政审批");

        signInAgain(district);
        browser.get(url("/console/applications?state=DISTRICT_APPROVAL"));
        browser.findElement(By.linkText("#" + id)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approve")));
        ((JavascriptExecutor) browser).executeScript("document.getElementById('from').value = '2026-04-01';");
        browser.findElement(By.id("approveNote")).sendKeys("批准");
        browser.findElement(By.cssSelector("#approve button")).click();
        wait.until(d -> "已批准".equals(state()));
        assertThat(browser.findElement(By.id("history")).getText()).contains("社区入户调查").contains("张榜公示")
                .contains("街道审核").contains("区民政审批").contains("已批准").contains("入户调查：独居，行动不便，情况属实");
        shot("application-approved");
        assertThat(applications.get(id).getState()).isEqualTo(ApplicationState.APPROVED);
        assertThat(entitlements.coverageFor(elder.elderId(), LocalDate.of(2026, 4, 1))).isPresent();
    }

    @Test
    void aRefusalWithItsReasonAndAnOverdueStepInTheList() throws Exception {
        Agent agent = testAgents.create(AgentRole.AGENT, "社区 王芳");
        Elder elder = street.elder(street.household(street.newCommunity(), Registration.URBAN), "钱秀珍");
        signIn(agent);
        browser.get(url("/console/elders/" + elder.getId()));
        browser.findElement(By.cssSelector("#new-application button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches("/console/applications/\\d+$"));
        long refused = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/", ""));
        browser.findElement(By.id("reason")).sendKeys("有子女同住照料，不符合条件");
        browser.findElement(By.cssSelector("#refuse button")).click();
        wait.until(d -> "未通过".equals(state()));
        assertThat(browser.findElement(By.id("refusal")).getText()).isEqualTo("有子女同住照料，不符合条件");
        assertThat(browser.findElements(By.id("act"))).isEmpty();

        browser.get(url("/console/elders/" + elder.getId()));
        browser.findElement(By.cssSelector("#new-application button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches("/console/applications/\\d+$"));
        long waiting = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/", ""));
        clock.advance(Duration.ofDays(4));
        signInAgain(agent);
        browser.get(url("/console/applications"));
        WebElement row = browser.findElement(By.linkText("#" + waiting)).findElement(By.xpath("./ancestor::tr"));
        assertThat(row.getAttribute("class")).contains("overdue");
        assertThat(row.getText()).contains("已超期");
        assertThat(browser.findElements(By.linkText("#" + refused))).as("decided ones are not in the open list").isEmpty();
        shot("applications-overdue");
    }

    private void passWith(String note) {
        String before = state();
        if (note != null) {
            browser.findElement(By.id("note")).sendKeys(note);
        }
        browser.findElement(By.cssSelector("#pass button")).click();
        wait.until(d -> !before.equals(state()));
    }

    private String state() {
        return browser.findElement(By.id("state")).getText();
    }

    private void signIn(Agent who) {
        browser.get(url("/console/queue"));
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("username")).sendKeys(who.getUsername());
        browser.findElement(By.id("password")).sendKeys(TestAgents.PASSWORD);
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.urlContains("/console/queue"));
    }

    private void signInAgain(Agent who) {
        browser.manage().deleteAllCookies();
        signIn(who);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}

package cn.yinling.hotline.app.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web chat in a real Chromium: from the start page to the chat, a family member asks for a
 * cleaning visit in Chinese and reads the bot's Chinese answer, under the page's strict policy; what
 * anyone types is shown as text, never run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:start-page", "hotline.cases.demo-data=false"})
class WebChatInBrowserTest {

    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @LocalServerPort
    int port;
    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Chromium.startWatchingPolicy();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aFamilyMemberAsksForACleaningVisitAndReadsTheBotsChineseAnswer() throws Exception {
        browser.get("http://127.0.0.1:" + port + "/");
        browser.findElement(By.cssSelector("a[href='/chat']")).click();
        wait.until(d -> bot().size() >= 1);
        assertThat(bot().get(0).getText()).as("the greeting").containsPattern("\\p{IsHan}{4,}");

        WebElement input = browser.findElement(By.id("text"));
        wait.until(d -> input.isEnabled());
        input.sendKeys("我想预约明天上午打扫卫生");
        browser.findElement(By.id("send")).click();

        wait.until(d -> bot().size() >= 2);
        assertThat(browser.findElements(By.cssSelector("#talk .msg.you .text"))).extracting(WebElement::getText)
                .containsExactly("我想预约明天上午打扫卫生");
        String answer = bot().get(1).getText();
        assertThat(answer).as("the bot's answer").containsPattern("\\p{IsHan}{4,}");
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("web-chat.png"), browser.getScreenshotAs(OutputType.BYTES));
        assertThat(Chromium.refusedByPolicy(browser)).as("what the policy refused").isNull();
    }

    @Test
    void markupTypedIntoTheChatIsShownAsTextAndNeverRun() {
        browser.get("http://127.0.0.1:" + port + "/chat");
        WebElement input = browser.findElement(By.id("text"));
        wait.until(d -> input.isEnabled());
        String attack = "<img src=x onerror=\"document.title='pwned'\"><script>document.title='pwned'</script>";
        input.sendKeys(attack);
        browser.findElement(By.id("send")).click();
        wait.until(d -> bot().size() >= 2);

        assertThat(browser.findElements(By.cssSelector("#talk .msg.you .text"))).extracting(WebElement::getText)
                .containsExactly(attack);
        assertThat(browser.findElements(By.cssSelector("#talk img, #talk script"))).isEmpty();
        assertThat(browser.getTitle()).isNotEqualTo("pwned");
        assertThat(Chromium.refusedByPolicy(browser)).as("what the policy refused").isNull();
    }

    private List<WebElement> bot() {
        return browser.findElements(By.cssSelector("#talk .msg.bot .text"));
    }
}

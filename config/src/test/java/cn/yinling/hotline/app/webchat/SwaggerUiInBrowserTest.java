package cn.yinling.hotline.app.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Swagger UI in Chromium shows the chat API's operations with nothing refused by its policy. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:start-page", "hotline.cases.demo-data=false"})
class SwaggerUiInBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void showsTheChatApisOperationsUnderItsPolicy() throws Exception {
        ChromeDriver browser = Chromium.startWatchingPolicy();
        try {
            browser.get("http://127.0.0.1:" + port + "/swagger-ui.html");
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector(".opblock")).size() >= 2);
            assertThat(browser.findElements(By.cssSelector(".opblock-summary-path"))).extracting(WebElement::getText)
                    .contains("/api/chat", "/api/chat/messages").noneMatch(p -> p.startsWith("/api/console"));
            Files.createDirectories(WebChatInBrowserTest.SCREENSHOTS);
            Files.write(WebChatInBrowserTest.SCREENSHOTS.resolve("swagger-ui.png"), browser.getScreenshotAs(OutputType.BYTES));
            assertThat(Chromium.refusedByPolicy(browser)).as("what the policy refused").isNull();
        } finally {
            browser.quit();
        }
    }
}

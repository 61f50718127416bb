package cn.yinling.hotline.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.ApiHeaders;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A newcomer opening the hotline's address in a browser finds a start page, not a 404, and it loads nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:start-page", "hotline.cases.demo-data=false"})
class StartPageTest {

    @LocalServerPort
    int port;

    @Test
    void theRootIsAChineseStartPageLinkingTheConsoleHealthTheWebChatAndTheApiDescription() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.body()).contains("银铃热线").contains("href=\"/console\"").contains("href=\"/actuator/health\"")
                .contains("href=\"/chat\"").contains("href=\"/swagger-ui.html\"").contains("href=\"/v3/api-docs\"")
                .doesNotContain("<script").doesNotContain("<link");
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(ApiHeaders.CONTENT_SECURITY_POLICY);
        assertThat(r.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void theBrowsersIconIsThereForEveryPage() throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("image/x-icon");
        assertThat(r.body()).startsWith(0, 0, 1, 0); // an ICO file's header
        assertThat(r.headers().allValues("Set-Cookie")).isEmpty();
    }
}

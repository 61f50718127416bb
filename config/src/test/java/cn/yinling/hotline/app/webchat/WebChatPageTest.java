package cn.yinling.hotline.app.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The web chat page over HTTP: Chinese, its script and style from files only, a policy that allows nothing else, no cookie. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:start-page", "hotline.cases.demo-data=false"})
class WebChatPageTest {

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @LocalServerPort
    int port;

    @Test
    void thePageIsChineseLoadsItsOwnScriptAndStyleAndHasNoInlineCode() throws Exception {
        HttpResponse<String> page = get("/chat");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("在线咨询").contains("<script src=\"/chat/webchat.js\" defer></script>")
                .contains("href=\"/chat/webchat.css\"").doesNotContain("style=").doesNotContain("onclick")
                .doesNotContainPattern("<script>|<script [^s]|<style");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(POLICY);
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void theScriptAndStyleAreServedUnderTheSamePolicy() throws Exception {
        HttpResponse<String> script = get("/chat/webchat.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type").orElse("")).contains("javascript");
        assertThat(script.body()).contains("/api/chat").contains("textContent").doesNotContain("innerHTML")
                .doesNotContain("localStorage");
        assertThat(script.headers().firstValue("Content-Security-Policy")).hasValue(POLICY);
        HttpResponse<String> style = get("/chat/webchat.css");
        assertThat(style.statusCode()).isEqualTo(200);
        assertThat(style.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/html,*/*").build(), HttpResponse.BodyHandlers.ofString());
    }
}

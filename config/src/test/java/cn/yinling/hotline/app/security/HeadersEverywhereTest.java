package cn.yinling.hotline.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.ApiHeaders;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every way into the running hotline answers with protective headers, errors included: the chat
 * API (whose replies carry balances, so never cached), the WeChat callback, actuator, error pages,
 * and the console's pages with their own policy. None of the non-console answers leaves a session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:actuator-attack", "hotline.cases.demo-data=false",
            "hotline.actuator.internal-networks=10.99.0.0/16"})
class HeadersEverywhereTest {

    @LocalServerPort
    int port;

    @Test
    void theChatApiAnswersWithNoStoreAndAStrictPolicyAndNoSession() throws Exception {
        Visitor v = new Visitor(port);
        HttpResponse<String> reply = v.post("/api/chat", "application/json", "{\"sessionId\":\"headers-1\",\"event\":\"start\"}");
        assertThat(reply.statusCode()).isEqualTo(200);
        assertNotAPage(reply);
        assertThat(reply.headers().allValues("Set-Cookie")).isEmpty();
        assertNotAPage(v.post("/api/chat", "application/json", "{not json"));
        assertNotAPage(v.get("/api/chat/headers-1/messages?after=0"));
    }

    @Test
    void theWechatCallbackAnswersWithThemTooEvenWhenItRefuses() throws Exception {
        HttpResponse<String> refused = new Visitor(port).get("/wechat/callback?signature=x&timestamp=1&nonce=2&echostr=3");
        assertThat(refused.statusCode()).isGreaterThanOrEqualTo(400);
        assertNotAPage(refused);
    }

    @Test
    void actuatorAndErrorPagesToo() throws Exception {
        Visitor v = new Visitor(port);
        assertNotAPage(v.get("/actuator/health"));
        assertNotAPage(v.get("/actuator/prometheus"));
        HttpResponse<String> missing = v.get("/no-such-page", "Accept", "text/html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertNotAPage(missing);
        assertNotAPage(v.get("/actuator/answertimes?from=abc", "Accept", "application/json"));
    }

    @Test
    void theConsolesPagesHaveTheirOwnPolicy() throws Exception {
        HttpResponse<String> login = new Visitor(port).get("/login");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(login.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("SameSite=Lax"));
    }

    private static void assertNotAPage(HttpResponse<String> r) {
        String where = r.request().method() + " " + r.uri().getPath() + " (" + r.statusCode() + ")";
        assertThat(r.headers().firstValue("Content-Security-Policy")).as(where).hasValue(ApiHeaders.CONTENT_SECURITY_POLICY);
        assertThat(r.headers().firstValue("X-Content-Type-Options")).as(where).hasValue("nosniff");
        assertThat(r.headers().firstValue("Referrer-Policy")).as(where).hasValue("no-referrer");
        assertThat(r.headers().firstValue("Cache-Control").orElse("")).as(where).contains("no-store");
    }
}

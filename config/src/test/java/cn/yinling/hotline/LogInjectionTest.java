package cn.yinling.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.wechat.WechatProperties;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import me.chanjar.weixin.common.util.crypto.SHA1;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A caller's value with a line break in it, logged on a real request's path, stays on its event's
 * line: the application's own logging configuration, over real HTTP with WeChat's signature.
 * (The same context as {@link DefaultProfileTest}.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:file:./target/test-data/default-${random.uuid}")
@ExtendWith(OutputCaptureExtension.class)
class LogInjectionTest {

    private static final String FORGED = "2026-12-07T09:00:00.000+08:00  INFO forged";

    @LocalServerPort
    int port;

    @Test
    void aLineBreakInAWechatSenderCannotForgeALogLine(CapturedOutput output) throws Exception {
        String sender = "o\n" + FORGED;
        HttpResponse<String> r = signedPost("<xml><ToUserName><![CDATA[gh_yinling_demo]]></ToUserName><FromUserName><![CDATA["
                + sender + "]]></FromUserName><CreateTime>" + Instant.now().getEpochSecond()
                + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[你好]]></Content><MsgId>7001</MsgId></xml>");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(output.getOut().lines().filter(l -> l.contains("INFO forged"))).singleElement()
                .satisfies(l -> assertThat(l).contains("WeChat callback refused with 400").contains("o\\n" + FORGED));
    }

    private HttpResponse<String> signedPost(String xml) throws Exception {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String nonce = "7001";
        String query = "signature=" + SHA1.gen(WechatProperties.DEMO_TOKEN, timestamp, nonce) + "&timestamp=" + timestamp
                + "&nonce=" + nonce;
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/wechat/callback?" + query))
                .header("Content-Type", "text/xml").POST(HttpRequest.BodyPublishers.ofString(xml)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

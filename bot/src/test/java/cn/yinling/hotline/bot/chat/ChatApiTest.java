package cn.yinling.hotline.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.BotTestApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The chat API over real HTTP: conversation, validation and size limits. */
@SpringBootTest(classes = BotTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChatApiTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void aChatOpensWithTheMenuAndAnswersAPolicyQuestion() throws Exception {
        HttpResponse<String> start = post("{\"sessionId\":\"s-1\",\"event\":\"start\"}");
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body()).contains("银铃热线").contains("回复1：预约服务").contains("\"options\"");
        HttpResponse<String> policy = post("{\"sessionId\":\"s-1\",\"text\":\"服务券过期了还能用吗\"}");
        assertThat(policy.statusCode()).isEqualTo(200);
        assertThat(policy.body()).contains("过期作废");
    }

    @Test
    void askingForAPersonReturnsTheHandoverWithItsCase() throws Exception {
        HttpResponse<String> r = post("{\"sessionId\":\"s-2\",\"text\":\"我要找人工客服\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"handover\":{\"caseId\":").contains("转接人工");
    }

    @Test
    void invalidRequestsAreRefusedWithTheFieldAtFault() throws Exception {
        assertThat(post("{\"text\":\"你好\"}").statusCode()).isEqualTo(400);
        HttpResponse<String> badId = post("{\"sessionId\":\"<script>\",\"text\":\"你好\"}");
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(badId.body()).contains("sessionId");
        assertThat(post("{\"sessionId\":\"s-3\",\"text\":\"" + "长".repeat(2001) + "\"}").statusCode()).isEqualTo(400);
        assertThat(post("{not json").statusCode()).isEqualTo(400);
        assertThat(post("{\"sessionId\":\"s-3\",\"event\":\"explode\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void bodiesOverSixteenKilobytesAreRefusedUnread() throws Exception {
        String huge = "{\"sessionId\":\"s-4\",\"text\":\"" + "x".repeat(20_000) + "\"}";
        assertThat(post(huge).statusCode()).isEqualTo(413);
    }

    private HttpResponse<String> post(String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

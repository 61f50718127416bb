package cn.yinling.hotline.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.BotTestApplication;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The chat API over real HTTP: conversation, validation and size limits. */
@SpringBootTest(classes = BotTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChatApiTest {

    @LocalServerPort
    int port;
    ChatClient chat;

    @BeforeEach
    void client() {
        chat = new ChatClient(port);
    }

    @Test
    void aChatOpensWithTheMenuAndAnswersAPolicyQuestion() throws Exception {
        HttpResponse<String> start = chat.post("{\"event\":\"start\"}");
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body()).contains("银铃热线").contains("回复1：预约服务").contains("\"options\"");
        String token = ChatClient.tokenOf(start.body());
        assertThat(token).matches("[A-Za-z0-9_-]{32}");
        HttpResponse<String> policy = chat.say(token, "服务券过期了还能用吗");
        assertThat(policy.statusCode()).isEqualTo(200);
        assertThat(policy.body()).contains("过期作废");
    }

    @Test
    void askingForAPersonReturnsTheHandoverWithItsCase() throws Exception {
        HttpResponse<String> r = chat.say(chat.start(), "我要找人工客服");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"handover\":{\"caseId\":").contains("转接人工");
    }

    @Test
    void chestPainAloneReachesAPersonAtTopPriority() throws Exception {
        HttpResponse<String> r = chat.say(chat.start(), "胸口疼");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"handover\":{\"caseId\":").contains("\"priority\":1").contains("紧急救助")
                .doesNotContain("没听明白");
    }

    @Test
    void invalidRequestsAreRefusedWithTheFieldAtFault() throws Exception {
        HttpResponse<String> noSession = chat.post("{\"text\":\"你好\"}");
        assertThat(noSession.statusCode()).isEqualTo(400);
        assertThat(noSession.body()).contains("请先开始一次新的对话");
        HttpResponse<String> badId = chat.post("{\"sessionId\":\"<script>\",\"text\":\"你好\"}");
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(badId.body()).contains("sessionId").contains("消息格式不对");
        String token = chat.start();
        HttpResponse<String> tooLong = chat.say(token, "长".repeat(2001));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("2000字以内");
        assertThat(chat.post("{not json").statusCode()).isEqualTo(400);
        assertThat(chat.post("{\"sessionId\":\"" + token + "\",\"event\":\"explode\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void bodiesOverSixteenKilobytesAreRefusedUnread() throws Exception {
        String huge = "{\"sessionId\":\"s-4\",\"text\":\"" + "x".repeat(20_000) + "\"}";
        assertThat(chat.post(huge).statusCode()).isEqualTo(413);
    }
}

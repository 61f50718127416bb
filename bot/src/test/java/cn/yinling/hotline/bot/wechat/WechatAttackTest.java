package cn.yinling.hotline.bot.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.BotTestApplication;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.conversation.Conversations;
import cn.yinling.hotline.cases.elder.Elder;
import cn.yinling.hotline.cases.elder.Elders;
import cn.yinling.hotline.cases.elder.FamilyBindings;
import cn.yinling.hotline.cases.support.TestStreet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The WeChat callback attacked over real HTTP with real signatures: a captured plaintext-mode
 * signature replayed with a new body, a script telling registered numbers from unregistered ones,
 * and many accounts sharing out guesses at one elder's ID digits. (Forged and stale signatures,
 * XXE, oversized and non-ciphertext bodies: {@link WechatCallbackTest}.)
 */
@SpringBootTest(classes = BotTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WechatAttackTest {

    private static final LocalWechatApi API = startApi();
    private static final AtomicLong MSG_IDS = new AtomicLong(25_000_000_000_000_000L);
    private static final AtomicInteger OPENIDS = new AtomicInteger();
    private static final AtomicInteger PHONES = new AtomicInteger();

    @DynamicPropertySource
    static void wechatApi(DynamicPropertyRegistry registry) {
        registry.add("hotline.wechat.api-base-url", () -> API.baseUrl().toString());
    }

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;
    @Autowired
    TestStreet street;
    @Autowired
    Elders elders;
    @Autowired
    FamilyBindings bindings;
    @Autowired
    Conversations conversations;

    WechatClient plain;

    @BeforeEach
    void client() {
        plain = new WechatClient(URI.create("http://127.0.0.1:" + port + "/wechat/callback"), WechatProperties.DEMO_TOKEN,
                WechatProperties.DEMO_APP_ID, WechatProperties.DEMO_AES_KEY, false, clock);
    }

    @Test
    void aPlaintextSignatureReplayedWithANewBodyIsRefusedWhileWechatsOwnRetryIsAnsweredOnce() throws Exception {
        String openid = openid();
        WechatClient.Signed signed = plain.sign(openid, text(openid, "服务券过期了还能用吗"));
        HttpResponse<String> first = plain.post(signed);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("过期作废");

        HttpResponse<String> retry = plain.post(signed);
        assertThat(retry.statusCode()).as("WeChat's retry of the same message").isEqualTo(200);

        String victim = openid();
        HttpResponse<String> replayed = plain.post(new WechatClient.Signed(signed.query(), text(victim, "我要找人工客服")));
        assertThat(replayed.statusCode()).isEqualTo(403);
        assertThat(conversations.latestOf(Channel.WECHAT, victim)).isEmpty();
    }

    @Test
    void aRegisteredAndAnUnregisteredNumberAreAnsweredAlikeWhenBinding() throws Exception {
        String registered = elderWithPhone().phone();
        String unregistered = "1390000" + String.format("%04d", PHONES.incrementAndGet());
        assertThat(bindingAnswers(registered)).isEqualTo(bindingAnswers(unregistered));
    }

    @Test
    void manyAccountsSharingOutGuessesAtOneElderLockTheElder() throws Exception {
        ElderPhone target = elderWithPhone();
        String wrong = target.lastFour().equals("0000") ? "1111" : "0000";
        // Two guesses per account stay under each account's own limit; the elder's limit still counts them all.
        for (int account = 0; account < 2; account++) {
            String openid = openid();
            say(openid, "绑定");
            say(openid, target.phone());
            assertThat(say(openid, wrong)).contains("电话号码或身份证后四位不对");
            say(openid, target.phone());
            assertThat(say(openid, wrong)).contains("电话号码或身份证后四位不对");
        }
        String third = openid();
        say(third, "绑定");
        say(third, target.phone());
        assertThat(say(third, wrong)).as("the fifth wrong answer for the elder, the first of this account")
                .contains("错误次数太多");
        String honest = openid();
        say(honest, "绑定");
        say(honest, target.phone());
        assertThat(say(honest, target.lastFour())).as("even the right digits wait for the lock").contains("错误次数太多");
        assertThat(bindings.boundTo(honest)).isEmpty();
    }

    private List<String> bindingAnswers(String phone) throws Exception {
        String openid = openid();
        say(openid, "绑定");
        return List.of(say(openid, phone), say(openid, "9876"));
    }

    private String say(String openid, String content) throws Exception {
        HttpResponse<String> r = plain.send(openid, text(openid, content));
        assertThat(r.statusCode()).isEqualTo(200);
        int start = r.body().indexOf("<Content><![CDATA[");
        return start < 0 ? r.body() : r.body().substring(start + 18, r.body().indexOf("]]></Content>", start));
    }

    private record ElderPhone(String phone, String lastFour) {
    }

    private ElderPhone elderWithPhone() {
        String community = street.newCommunity();
        Elder e = street.elderWithPolicy(community, "ANQING_FREE");
        String phone = "1390000" + String.format("%04d", PHONES.incrementAndGet());
        elders.addPhone(e.elderId(), phone);
        return new ElderPhone(phone, e.idNumber().lastFour());
    }

    private String text(String openid, String content) {
        return WechatClient.textXml(openid, content, MSG_IDS.incrementAndGet(), plain.now());
    }

    /** Shaped like WeChat's: 28 characters. */
    private static String openid() {
        return "oAttack" + String.format("%021d", OPENIDS.incrementAndGet());
    }

    private static LocalWechatApi startApi() {
        try {
            return LocalWechatApi.start(0, WechatProperties.DEMO_APP_ID, WechatProperties.DEMO_SECRET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

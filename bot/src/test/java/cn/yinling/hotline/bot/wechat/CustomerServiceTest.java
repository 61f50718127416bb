package cn.yinling.hotline.bot.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Customer-service messages against a local server speaking WeChat's token and custom-send JSON. */
class CustomerServiceTest {

    private LocalWechatApi api;
    private CustomerService service;

    @BeforeEach
    void start() throws Exception {
        api = LocalWechatApi.start(0, WechatProperties.DEMO_APP_ID, WechatProperties.DEMO_SECRET);
        service = new CustomerService(WechatConfiguration.wxMpService(properties(api.baseUrl() + "/")));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void fetchesATokenOnceAndReusesItForLaterMessages() throws Exception {
        assertThat(service.send("o-1", "您好").delivered()).isTrue();
        assertThat(service.send("o-1", "再见").delivered()).isTrue();
        assertThat(api.next(1, TimeUnit.SECONDS)).isEqualTo(new LocalWechatApi.Sent("o-1", "您好"));
        assertThat(api.next(1, TimeUnit.SECONDS)).isEqualTo(new LocalWechatApi.Sent("o-1", "再见"));
        assertThat(api.tokensIssued()).isEqualTo(1);
    }

    @Test
    void anInvalidTokenIsRefreshedAndTheMessageRetriedOnce() throws Exception {
        service.send("o-2", "第一条");
        api.revokeTokens();
        Delivery second = service.send("o-2", "第二条");
        assertThat(second.delivered()).isTrue();
        assertThat(api.tokensIssued()).isEqualTo(2);
        api.next(1, TimeUnit.SECONDS);
        assertThat(api.next(1, TimeUnit.SECONDS).text()).isEqualTo("第二条");
    }

    @Test
    void otherErrcodesAreReportedNotRetried() {
        api.failFor("o-silent", 45015);
        Delivery d = service.send("o-silent", "您的预约已确认");
        assertThat(d.delivered()).isFalse();
        assertThat(d.errcode()).isEqualTo(45015);
        assertThat(d.error()).isNotBlank();
    }

    @Test
    void concurrentSendersShareOneTokenRefresh() throws Exception {
        List<Callable<Delivery>> sends = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String openid = "o-many-" + i;
            sends.add(() -> service.send(openid, "通知"));
        }
        ConcurrentSends.allDelivered(sends);
        assertThat(api.tokensIssued()).isEqualTo(1);
    }

    @Test
    void aWrongSecretIsReportedWithWechatsErrcode() {
        CustomerService wrong = new CustomerService(WechatConfiguration.wxMpService(new WechatProperties(true,
                WechatProperties.DEMO_TOKEN, WechatProperties.DEMO_APP_ID, "wrong-secret", WechatProperties.DEMO_AES_KEY,
                false, api.baseUrl().toString(), Duration.ofSeconds(4), Duration.ofMinutes(5), 16384, Duration.ofMinutes(10))));
        Delivery d = wrong.send("o-3", "您好");
        assertThat(d.delivered()).isFalse();
        assertThat(d.errcode()).isEqualTo(40125);
    }

    static WechatProperties properties(String apiBaseUrl) {
        return new WechatProperties(true, WechatProperties.DEMO_TOKEN, WechatProperties.DEMO_APP_ID,
                WechatProperties.DEMO_SECRET, WechatProperties.DEMO_AES_KEY, false, apiBaseUrl, Duration.ofSeconds(4),
                Duration.ofMinutes(5), 16384, Duration.ofMinutes(10));
    }
}

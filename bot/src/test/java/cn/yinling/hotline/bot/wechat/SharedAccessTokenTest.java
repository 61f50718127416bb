package cn.yinling.hotline.bot.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.support.RealRedis;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/**
 * Two nodes (two WxJava services) sharing the access token through the real Redis, against the
 * local stand-in for WeChat's token and custom-send endpoints.
 */
class SharedAccessTokenTest {

    private LocalWechatApi api;
    private RedisClient redis;
    private String prefix;
    private CustomerService nodeA;
    private CustomerService nodeB;

    @BeforeEach
    void start() throws Exception {
        api = LocalWechatApi.start(0, WechatProperties.DEMO_APP_ID, WechatProperties.DEMO_SECRET);
        redis = RedisClient.create(RealRedis.url());
        prefix = "test:" + UUID.randomUUID() + ":wechat:token";
        WechatProperties properties = CustomerServiceTest.properties(api.baseUrl().toString());
        nodeA = new CustomerService(WechatConfiguration.wxMpService(properties, redis, prefix));
        nodeB = new CustomerService(WechatConfiguration.wxMpService(properties, redis, prefix));
    }

    @AfterEach
    void stop() {
        redis.del(tokenKey());
        api.close();
        redis.close();
    }

    @Test
    void oneNodeFetchesTheTokenAndTheOtherUsesIt() throws Exception {
        assertThat(nodeA.send("o-a", "甲").delivered()).isTrue();
        assertThat(nodeB.send("o-b", "乙").delivered()).isTrue();

        assertThat(api.tokensIssued()).isEqualTo(1);
        assertThat(redis.get(tokenKey())).isEqualTo("local-token-1");
    }

    @Test
    void sendersOnBothNodesAtOnceShareOneRefresh() throws Exception {
        List<Callable<Delivery>> sends = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            CustomerService node = i % 2 == 0 ? nodeA : nodeB;
            String openid = "o-many-" + i;
            sends.add(() -> node.send(openid, "通知"));
        }
        ConcurrentSends.allDelivered(sends);
        assertThat(api.tokensIssued()).isEqualTo(1);
    }

    @Test
    void theSharedTokenLapsesBeforeWechatsExpiry() {
        nodeA.send("o-a", "甲");

        long ttl = redis.ttl(tokenKey());
        assertThat(ttl).isPositive().isLessThanOrEqualTo(7200 - SharedTokenConfig.EARLY_SECONDS);
    }

    @Nested
    class WhenTheTokenStopsWorking {

        @Test
        void anExpiredTokenIsFetchedAgainOnceForBothNodes() throws Exception {
            nodeA.send("o-a", "甲");
            redis.del(tokenKey()); // what Redis does when the token's time is up

            List<Callable<Delivery>> sends = List.of(() -> nodeA.send("o-a", "乙"), () -> nodeB.send("o-b", "丙"),
                    () -> nodeA.send("o-c", "丁"), () -> nodeB.send("o-d", "戊"));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                for (Future<Delivery> f : pool.invokeAll(sends)) {
                    assertThat(f.get().delivered()).isTrue();
                }
            } finally {
                pool.shutdown();
            }
            assertThat(api.tokensIssued()).isEqualTo(2);
            assertThat(redis.get(tokenKey())).isEqualTo("local-token-2");
        }

        @Test
        void aRevokedTokenIsReplacedByOneNodeAndTheOtherTakesTheNewOne() throws Exception {
            nodeA.send("o-a", "甲");
            api.revokeTokens();

            assertThat(nodeA.send("o-a", "乙").delivered()).isTrue();
            assertThat(nodeB.send("o-b", "丙").delivered()).isTrue();
            assertThat(api.tokensIssued()).isEqualTo(2);
            api.next(1, TimeUnit.SECONDS);
            assertThat(api.next(1, TimeUnit.SECONDS)).isEqualTo(new LocalWechatApi.Sent("o-a", "乙"));
            assertThat(api.next(1, TimeUnit.SECONDS)).isEqualTo(new LocalWechatApi.Sent("o-b", "丙"));
        }
    }

    @Test
    void withoutRedisAMessageIsReportedUndeliveredNotThrown() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        try (RedisClient down = RedisClient.create(java.net.URI.create("redis://127.0.0.1:" + closedPort))) {
            CustomerService node = new CustomerService(WechatConfiguration.wxMpService(
                    CustomerServiceTest.properties(api.baseUrl().toString()), down, prefix));

            Delivery d = node.send("o-a", "甲");

            assertThat(d.delivered()).isFalse();
            assertThat(d.error()).contains("Redis");
            assertThat(api.tokensIssued()).isZero();
        }
    }

    @Nested
    class TheRefreshLock {

        @Test
        void isHeldByOneNodeAtATimeAndReleasedOnlyByItsHolder() throws Exception {
            String key = prefix + ":lock-test";
            RedisLock onA = new RedisLock(redis, key, Duration.ofSeconds(30));
            RedisLock onB = new RedisLock(redis, key, Duration.ofSeconds(30));

            assertThat(onA.tryLock()).isTrue();
            assertThat(onB.tryLock()).isFalse();
            onB.unlock(); // not B's to release
            assertThat(onB.tryLock()).isFalse();
            onA.unlock();
            assertThat(onB.tryLock()).isTrue();
            onB.unlock();
            assertThat(redis.exists(key)).isFalse();
        }

        @Test
        void endsWithItsLeaseWhenTheHolderNeverReleasesIt() throws Exception {
            String key = prefix + ":lease-test";
            RedisLock deadNode = new RedisLock(redis, key, Duration.ofMillis(200));
            RedisLock liveNode = new RedisLock(redis, key, Duration.ofSeconds(30));

            assertThat(deadNode.tryLock()).isTrue();
            assertThat(liveNode.tryLock(10, TimeUnit.SECONDS)).isTrue();
            liveNode.unlock();
        }
    }

    private String tokenKey() {
        return prefix + ":access_token:" + WechatProperties.DEMO_APP_ID;
    }
}

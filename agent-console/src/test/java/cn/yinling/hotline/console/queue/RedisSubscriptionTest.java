package cn.yinling.hotline.console.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;
import redis.embedded.RedisServer;

/** The subscription thread outlives a Redis restart and a silently dead connection, and ends when told to. */
class RedisSubscriptionTest {

    static final String CHANNEL = "test:queue";

    int port;
    RedisServer server;
    RedisClient redis;
    RedisSubscription subscription;
    final List<String> received = new CopyOnWriteArrayList<>();
    final AtomicInteger resubscriptions = new AtomicInteger();

    @BeforeEach
    void startRedis() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        server = new RedisServer(port);
        server.start();
        redis = RedisClient.create("127.0.0.1", port);
        subscription = new RedisSubscription(redis, CHANNEL, received::add, resubscriptions::incrementAndGet,
                Duration.ofSeconds(1), Duration.ofSeconds(2));
        subscription.start();
        await().atMost(Duration.ofSeconds(5)).until(subscription::isSubscribed);
    }

    @AfterEach
    void stopRedis() throws Exception {
        subscription.stop();
        redis.close();
        server.stop();
    }

    @Test
    void deliversWhatIsPublished() {
        redis.publish(CHANNEL, "hello");

        await().atMost(Duration.ofSeconds(1)).until(() -> received.contains("hello"));
    }

    @Test
    void subscribesAgainAfterRedisComesBack() throws Exception {
        server.stop();
        await().atMost(Duration.ofSeconds(5)).until(() -> !subscription.isSubscribed());
        server = new RedisServer(port);
        server.start();

        await().atMost(Duration.ofSeconds(10)).until(() -> resubscriptions.get() == 1 && subscription.isSubscribed());
        redis.publish(CHANNEL, "after the restart");
        await().atMost(Duration.ofSeconds(1)).until(() -> received.contains("after the restart"));
    }

    @Test
    void heartbeatsAreNotPassedOn() {
        await().atMost(Duration.ofSeconds(5)).until(() -> subscription.status().lastRoundTripMillis() >= 0);
        redis.publish(CHANNEL, RedisSubscription.HEARTBEAT + "another-node:1");
        redis.publish(CHANNEL, "after the heartbeats");

        await().atMost(Duration.ofSeconds(1)).until(() -> received.contains("after the heartbeats"));
        assertThat(received).containsExactly("after the heartbeats");
        assertThat(subscription.isHealthy()).isTrue();
    }

    @Test
    void aSilentlyDeadSubscriptionIsNoticedByItsHeartbeatAndMadeAgain() throws Exception {
        try (FreezingProxy proxy = new FreezingProxy(port);
                RedisClient throughProxy = RedisClient.create("127.0.0.1", proxy.port())) {
            List<String> heard = new CopyOnWriteArrayList<>();
            AtomicInteger again = new AtomicInteger();
            RedisSubscription watched = new RedisSubscription(throughProxy, CHANNEL, heard::add, again::incrementAndGet,
                    Duration.ofMillis(200), Duration.ofMillis(500));
            watched.start();
            try {
                await().atMost(Duration.ofSeconds(5)).until(() -> watched.isHealthy() && watched.status().lastRoundTripMillis() >= 0);

                proxy.freeze();

                await().atMost(Duration.ofSeconds(10)).until(() -> watched.status().missedHeartbeats() >= 1);
                await().atMost(Duration.ofSeconds(15)).until(() -> again.get() >= 1 && watched.isHealthy());
                redis.publish(CHANNEL, "heard again");
                await().atMost(Duration.ofSeconds(2)).until(() -> heard.contains("heard again"));
            } finally {
                watched.stop();
            }
        }
    }

    @Test
    void stopsListeningWhenStopped() throws Exception {
        subscription.stop();

        assertThat(subscription.isSubscribed()).isFalse();
        redis.publish(CHANNEL, "too late");
        Thread.sleep(200);
        assertThat(received).doesNotContain("too late");
    }
}

package cn.yinling.hotline.bot.session;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.StoppableRedis;
import cn.yinling.hotline.cases.support.TestClock;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

class ResilientSessionStoreTest {

    private static final Duration TTL = Duration.ofMinutes(5);

    private final TestClock clock = new TestClock(LocalDateTime.of(2026, 3, 2, 9, 0));
    private final String key = "k:" + UUID.randomUUID();

    @Test
    void whenRedisIsUnreachableConversationsGoOnInProcess() throws Exception {
        try (RedisClient dead = RedisClient.create(URI.create("redis://127.0.0.1:" + freePort()))) {
            RedisOutage outage = new RedisOutage(dead, Duration.ofSeconds(5), clock);
            ResilientSessionStore store = new ResilientSessionStore(new RedisSessionStore(dead, "t:", TTL), outage, clock);
            assertThat(store.load(key).exists()).isFalse();
            assertThat(outage.redisUsable()).isFalse();
            assertThat(store.compareAndSet(key, 0, "turn 1", TTL)).isTrue();
            assertThat(store.compareAndSet(key, 1, "turn 2", TTL)).isTrue();
            assertThat(store.compareAndSet(key, 1, "stale", TTL)).isFalse();
            assertThat(store.load(key).json()).isEqualTo("turn 2");
            assertThat(store.copies()).isEqualTo(1);
        }
    }

    @Test
    void whenRedisComesBackNewSessionsGoToRedisAgain() {
        try (StoppableRedis server = StoppableRedis.start(); RedisClient redis = RedisClient.create(server.url())) {
            RedisOutage outage = new RedisOutage(redis, Duration.ofSeconds(5), clock);
            ResilientSessionStore store = new ResilientSessionStore(new RedisSessionStore(redis, "t:", TTL), outage, clock);
            server.stop();
            store.compareAndSet(key, 0, "during outage", TTL);
            assertThat(outage.redisUsable()).isFalse();
            server.startAgain();
            clock.advance(Duration.ofSeconds(6));
            assertThat(outage.redisUsable()).isTrue();

            String fresh = "k:" + UUID.randomUUID();
            assertThat(store.compareAndSet(fresh, 0, "after outage", TTL)).isTrue();
            assertThat(redis.hget("t:" + fresh, "state")).isEqualTo("after outage");
            assertThat(store.load(key).json()).as("the conversation begun during the outage goes on").isEqualTo("during outage");
            assertThat(redis.hget("t:" + key, "state")).as("and is in Redis again").isEqualTo("during outage");
        }
    }

    @Test
    void expiredCopiesAreDropped() {
        try (StoppableRedis server = StoppableRedis.start(); RedisClient redis = RedisClient.create(server.url())) {
            RedisOutage outage = new RedisOutage(redis, Duration.ofSeconds(5), clock);
            ResilientSessionStore store = new ResilientSessionStore(new RedisSessionStore(redis, "t:", TTL), outage, clock);
            for (int i = 0; i < 10; i++) {
                store.compareAndSet("gone-" + i, 0, "x", TTL);
            }
            assertThat(store.copies()).isEqualTo(10);
            clock.advance(TTL.plusMinutes(2)); // past the TTL, and the once-a-minute sweep due
            store.compareAndSet(key, 0, "x", TTL);
            assertThat(store.copies()).isEqualTo(1);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

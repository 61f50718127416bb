package cn.yinling.hotline.bot.session;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.support.RealRedis;
import cn.yinling.hotline.cases.support.TestClock;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

class ResilientSessionStoreTest {

    private final TestClock clock = new TestClock(LocalDateTime.of(2026, 3, 2, 9, 0));
    private final String key = "k:" + UUID.randomUUID();

    @Test
    void whenRedisIsUnreachableConversationsGoOnInProcess() throws Exception {
        try (RedisClient dead = RedisClient.create(URI.create("redis://127.0.0.1:" + freePort()))) {
            InMemorySessionStore local = new InMemorySessionStore(clock);
            ResilientSessionStore store = new ResilientSessionStore(new RedisSessionStore(dead, "t:"), local,
                    Duration.ofSeconds(5), clock);
            assertThat(store.load(key).exists()).isFalse();
            assertThat(store.usingPrimary()).isFalse();
            assertThat(store.compareAndSet(key, 0, "turn 1", Duration.ofMinutes(5))).isTrue();
            assertThat(store.compareAndSet(key, 1, "turn 2", Duration.ofMinutes(5))).isTrue();
            assertThat(store.load(key).json()).isEqualTo("turn 2");
            assertThat(local.size()).isEqualTo(1);
        }
    }

    @Test
    void whenRedisComesBackNewSessionsGoToRedisAgain() throws Exception {
        int port = freePort();
        try (RedisClient redis = RedisClient.create(URI.create("redis://127.0.0.1:" + port));
                RedisClient real = RedisClient.create(RealRedis.url())) {
            InMemorySessionStore local = new InMemorySessionStore(clock);
            ResilientSessionStore down = new ResilientSessionStore(new RedisSessionStore(redis, "t:"), local,
                    Duration.ofSeconds(5), clock);
            down.compareAndSet(key, 0, "during outage", Duration.ofMinutes(5));
            assertThat(down.usingPrimary()).isFalse();
            clock.advance(Duration.ofSeconds(6));
            assertThat(down.usingPrimary()).isTrue();

            // Same fallback, now with a Redis that answers: a new conversation is stored there.
            ResilientSessionStore back = new ResilientSessionStore(new RedisSessionStore(real, "t:"), local,
                    Duration.ofSeconds(5), clock);
            String fresh = "k:" + UUID.randomUUID();
            assertThat(back.compareAndSet(fresh, 0, "after outage", Duration.ofMinutes(5))).isTrue();
            assertThat(real.hget("t:" + fresh, "state")).isEqualTo("after outage");
            assertThat(back.load(key).json()).as("the conversation begun during the outage goes on").isEqualTo("during outage");
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

package cn.yinling.hotline.bot.session;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.support.RealRedis;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** The Redis store against a real Redis server. */
class RedisSessionStoreTest extends SessionStoreContract {

    private static final RedisClient REDIS = RedisClient.create(RealRedis.url());
    private final RedisSessionStore store = new RedisSessionStore(REDIS, "hotline:test:", Duration.ofMinutes(30));

    @AfterAll
    static void close() {
        REDIS.close();
    }

    @Override
    SessionStore store() {
        return store;
    }

    @Test
    void aSessionCarriesAServerSideTtl() {
        store.compareAndSet(key, 0, "x", Duration.ofSeconds(90));
        long ttl = REDIS.pttl("hotline:test:" + key);
        assertThat(ttl).isBetween(1L, 90_000L);
    }

    @Test
    void twoNodesSeeTheSameSession() {
        try (RedisClient other = RedisClient.create(RealRedis.url())) {
            RedisSessionStore nodeB = new RedisSessionStore(other, "hotline:test:", Duration.ofMinutes(30));
            store.compareAndSet(key, 0, "from A", Duration.ofMinutes(1));
            assertThat(nodeB.load(key).json()).isEqualTo("from A");
            assertThat(nodeB.compareAndSet(key, 1, "from B", Duration.ofMinutes(1))).isTrue();
            assertThat(store.load(key).json()).isEqualTo("from B");
        }
    }
}

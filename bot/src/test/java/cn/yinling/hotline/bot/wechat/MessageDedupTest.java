package cn.yinling.hotline.bot.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.BotTestApplication;
import cn.yinling.hotline.bot.session.RedisOutage;
import cn.yinling.hotline.cases.support.RealRedis;
import cn.yinling.hotline.cases.support.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** WeChat retries one message up to three times: each key is taken once, in memory and across nodes in Redis. */
class MessageDedupTest {

    private static final RedisClient NODE_A = RedisClient.create(RealRedis.url());
    private static final RedisClient NODE_B = RedisClient.create(RealRedis.url());

    @AfterAll
    static void close() {
        NODE_A.close();
        NODE_B.close();
    }

    @Nested
    class InMemory {

        private final TestClock clock = new TestClock(BotTestApplication.START);
        private final InMemoryMessageDedup dedup = new InMemoryMessageDedup(clock, Duration.ofMinutes(10));

        @Test
        void aKeyIsTakenOnceWithinItsTimeToLive() {
            assertThat(dedup.firstTime("msg:1")).isTrue();
            assertThat(dedup.firstTime("msg:1")).isFalse();
            assertThat(dedup.firstTime("msg:2")).isTrue();
            clock.advance(Duration.ofMinutes(9));
            assertThat(dedup.firstTime("msg:1")).isFalse();
        }

        @Test
        void aKeyIsRememberedForItsWholeTimeToLive() {
            clock.advance(Duration.ofSeconds(59)); // late in a slice of time
            dedup.firstTime("msg:late");
            clock.advance(Duration.ofMinutes(10).minusMillis(1));
            assertThat(dedup.firstTime("msg:late")).isFalse();
        }

        @Test
        void aKeyIsForgottenAfterItsTimeToLive() {
            dedup.firstTime("msg:3");
            clock.advance(Duration.ofMinutes(11));
            assertThat(dedup.firstTime("msg:3")).isTrue();
        }

        @Test
        void concurrentCallersTakeAKeyOnce() throws Exception {
            assertThat(winners(() -> dedup, "msg:race")).isEqualTo(1);
        }

        @Test
        void expiredKeysAreDroppedSoItHoldsOnlyTheLastTimeToLive() {
            for (int i = 0; i < 1000; i++) {
                dedup.firstTime("msg:old-" + i);
            }
            clock.advance(Duration.ofMinutes(5));
            dedup.firstTime("msg:newer");
            assertThat(dedup.size()).isEqualTo(1001);

            clock.advance(Duration.ofMinutes(6)); // the first thousand are past their ten minutes, "newer" is not
            assertThat(dedup.firstTime("msg:newest")).isTrue();

            assertThat(dedup.size()).isEqualTo(2);
            assertThat(dedup.firstTime("msg:newer")).isFalse();
            assertThat(dedup.firstTime("msg:old-7")).isTrue();
        }
    }

    @Nested
    class Fingerprints {

        @Test
        void aSetHoldsEveryKeyAddedAndNoOther() {
            InMemoryMessageDedup.LongSet set = new InMemoryMessageDedup.LongSet();
            Random random = new Random(7);
            Set<Long> added = new HashSet<>();
            for (int i = 0; i < 100_000; i++) {
                long k = i % 10 == 0 ? random.nextInt(64) : random.nextLong(); // small keys collide in the table
                set.add(k);
                added.add(k);
            }
            set.add(0);
            added.add(0L);
            assertThat(set.size()).isEqualTo(added.size());
            assertThat(added).allMatch(set::contains);
            assertThat(random.longs(100_000).filter(k -> !added.contains(k)).filter(set::contains).count()).isZero();
        }

        @Test
        void similarKeysGetDifferentFingerprints() {
            Set<Long> seen = new HashSet<>();
            for (long id = 1_795_402_531_000_000L; id < 1_795_402_531_200_000L; id++) {
                assertThat(seen.add(InMemoryMessageDedup.fingerprint("msg:" + id))).isTrue();
            }
        }
    }

    @Nested
    class InRedis {

        private final String prefix = "hotline:test:wechat:" + UUID.randomUUID() + ":";

        private RedisMessageDedup node(RedisClient client) {
            TestClock clock = new TestClock(BotTestApplication.START);
            return new RedisMessageDedup(client, prefix, Duration.ofMinutes(10), new RedisOutage(client, Duration.ofSeconds(5), clock),
                    clock);
        }

        @Test
        void aKeyTakenOnOneNodeIsTakenOnTheOther() {
            assertThat(node(NODE_A).firstTime("msg:1")).isTrue();
            assertThat(node(NODE_B).firstTime("msg:1")).isFalse();
            assertThat(node(NODE_B).firstTime("msg:2")).isTrue();
        }

        @Test
        void theKeyExpiresInRedis() {
            node(NODE_A).firstTime("msg:ttl");
            long ttl = NODE_A.ttl(prefix + "msg:ttl");
            assertThat(ttl).isBetween(590L, 600L);
        }

        @Test
        void twoNodesRacingForOneMessageTakeItOnce() throws Exception {
            RedisMessageDedup a = node(NODE_A);
            RedisMessageDedup b = node(NODE_B);
            int[] turn = {0};
            assertThat(winners(() -> (turn[0]++ % 2 == 0) ? a : b, "msg:race")).isEqualTo(1);
        }
    }

    private static int winners(Supplier<MessageDedup> nodes, String key) throws Exception {
        List<Callable<Boolean>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            MessageDedup node = nodes.get();
            calls.add(() -> node.firstTime(key));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            int won = 0;
            for (Future<Boolean> f : pool.invokeAll(calls)) {
                won += f.get() ? 1 : 0;
            }
            return won;
        } finally {
            pool.shutdown();
        }
    }
}

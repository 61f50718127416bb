package cn.yinling.hotline.bot.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yinling.hotline.bot.StoppableRedis;
import cn.yinling.hotline.cases.support.TestClock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** Sessions across a Redis stop, restart (empty) and pause, against a Redis server this test owns. */
class RedisBlipSessionStoreTest {

    private static final Duration TTL = Duration.ofMinutes(30);
    private static final Duration RETRY = Duration.ofSeconds(5);
    private static final String PREFIX = "blip:";

    private final TestClock clock = new TestClock(LocalDateTime.of(2026, 3, 2, 9, 0));
    private final StoppableRedis server = StoppableRedis.start();
    private final RedisClient nodeA = RedisClient.create(server.url());
    private final RedisClient nodeB = RedisClient.create(server.url());
    private final ResilientSessionStore a = node(nodeA);
    private final ResilientSessionStore b = node(nodeB);
    private final String key = "web:" + UUID.randomUUID();

    @AfterEach
    void close() {
        nodeA.close();
        nodeB.close();
        server.close();
    }

    @Test
    void aConversationGoesOnFromThisNodesCopyWhileRedisIsStopped() {
        a.compareAndSet(key, 0, "turn 1", TTL);
        a.compareAndSet(key, 1, "turn 2", TTL);
        server.stop();

        StoredSession during = a.load(key);
        assertThat(during.json()).isEqualTo("turn 2");
        assertThat(a.compareAndSet(key, during.version(), "turn 3", TTL)).isTrue();
        assertThat(a.load(key).json()).isEqualTo("turn 3");
    }

    @Test
    void aConversationGoesOnAfterRedisRestartsEmpty() {
        a.compareAndSet(key, 0, "turn 1", TTL);
        a.compareAndSet(key, 1, "turn 2", TTL);
        server.restart();

        StoredSession after = a.load(key);
        assertThat(after.json()).isEqualTo("turn 2");
        assertThat(nodeA.hget(PREFIX + key, "state")).as("put back").isEqualTo("turn 2");
        assertThat(a.compareAndSet(key, after.version(), "turn 3", TTL)).isTrue();
        assertThat(b.load(key).json()).isEqualTo("turn 3");
    }

    @Test
    void whatChangedWhileRedisWasStoppedGoesBackToRedisForTheOtherNodes() {
        a.compareAndSet(key, 0, "turn 1", TTL);
        server.stop();
        a.compareAndSet(key, a.load(key).version(), "turn 2, Redis stopped", TTL);
        a.compareAndSet(key, a.load(key).version(), "turn 3, Redis stopped", TTL);
        server.startAgain();
        clock.advance(RETRY);

        a.load("web:someone-else"); // any turn on node A after the outage puts its changes back
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(b.load(key).json()).isEqualTo("turn 3, Redis stopped"));
    }

    @Test
    void aPausedRedisIsWaitedOutOnceAndTheConversationGoesOnFromWhereItWas() {
        a.compareAndSet(key, 0, "turn 1", TTL);
        server.pause(Duration.ofSeconds(3));

        StoredSession during = a.load(key); // waits out the client's socket time-out once
        assertThat(during.json()).isEqualTo("turn 1");
        long started = System.nanoTime();
        assertThat(a.compareAndSet(key, during.version(), "turn 2, Redis paused", TTL)).isTrue();
        assertThat(a.load(key).json()).isEqualTo("turn 2, Redis paused");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("no second time-out").isLessThan(Duration.ofSeconds(1));

        server.awaitAwake();
        clock.advance(RETRY);
        assertThat(b.load(key).json()).as("Redis still holds turn 1").isEqualTo("turn 1");
        assertThat(a.load(key).json()).isEqualTo("turn 2, Redis paused");
        assertThat(b.load(key).json()).as("put back over turn 1").isEqualTo("turn 2, Redis paused");
    }

    @Test
    void aWriteThatTimedOutButReachedRedisIsNotTakenForAnotherNodes() {
        a.compareAndSet(key, 0, "turn 1", TTL);
        StoredSession before = a.load(key);
        server.pause(Duration.ofSeconds(3));
        // Times out, but Redis runs it when it wakes up.
        assertThat(a.compareAndSet(key, before.version(), "turn 2, timed out", TTL)).isTrue();
        assertThat(a.compareAndSet(key, before.version() + 1, "turn 3, Redis paused", TTL)).isTrue();

        server.awaitAwake();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(nodeB.hget(PREFIX + key, "state")).isEqualTo("turn 2, timed out"));
        clock.advance(RETRY);
        assertThat(a.load(key).json()).isEqualTo("turn 3, Redis paused");
    }

    @Test
    void aSessionLostBetweenItsReadAndItsSaveIsSavedRatherThanTheTurnDoneAgain() {
        a.compareAndSet(key, 0, "turn 1", TTL);
        StoredSession read = a.load(key);
        server.restart();

        assertThat(a.compareAndSet(key, read.version(), "turn 2", TTL)).isTrue();
        assertThat(b.load(key)).isEqualTo(new StoredSession(read.version() + 1, "turn 2"));
    }

    @Test
    void aSessionEndedOnAnotherNodeIsNotBroughtBack() {
        a.compareAndSet(key, 0, "turn 1", TTL);
        b.load(key);
        b.delete(key);

        assertThat(a.load(key).exists()).isFalse();
        assertThat(a.compareAndSet(key, 0, "a new conversation", TTL)).isTrue();
    }

    @Test
    void aSessionEndedWhileRedisWasPausedStaysEnded() {
        a.compareAndSet(key, 0, "turn 1", TTL);
        server.pause(Duration.ofSeconds(3));
        a.load("web:someone-else"); // times out: Redis is left alone for a while
        a.delete(key);
        server.awaitAwake();
        clock.advance(RETRY);

        assertThat(a.load(key).exists()).isFalse();
        assertThat(b.load(key).exists()).as("ended in Redis too").isFalse();
    }

    private ResilientSessionStore node(RedisClient client) {
        return new ResilientSessionStore(new RedisSessionStore(client, PREFIX, TTL), new RedisOutage(client, RETRY, clock), clock);
    }
}

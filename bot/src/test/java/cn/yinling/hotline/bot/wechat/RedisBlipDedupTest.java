package cn.yinling.hotline.bot.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yinling.hotline.bot.BotTestApplication;
import cn.yinling.hotline.bot.StoppableRedis;
import cn.yinling.hotline.bot.session.RedisOutage;
import cn.yinling.hotline.cases.support.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** One WeChat MsgId is taken once across a Redis stop, restart (empty) and pause, on one node or two. */
class RedisBlipDedupTest {

    private static final Duration RETRY = Duration.ofSeconds(5);
    private static final String PREFIX = "blip:seen:";

    private final TestClock clock = new TestClock(BotTestApplication.START);
    private final StoppableRedis server = StoppableRedis.start();
    private final RedisClient clientA = RedisClient.create(server.url());
    private final RedisClient clientB = RedisClient.create(server.url());
    private final RedisMessageDedup nodeA = node(clientA);
    private final RedisMessageDedup nodeB = node(clientB);

    @AfterEach
    void close() {
        clientA.close();
        clientB.close();
        server.close();
    }

    @Test
    void aMessageTakenBeforeAnOutageIsTakenOnceDuringAndAfterItAndAfterARestart() {
        assertThat(nodeA.firstTime("msg:1")).isTrue();
        server.stop();
        assertThat(nodeA.firstTime("msg:1")).as("during the outage").isFalse();
        server.startAgain();
        clock.advance(RETRY);
        assertThat(nodeA.firstTime("msg:1")).as("after it, Redis empty").isFalse();
        server.restart();
        assertThat(nodeA.firstTime("msg:1")).as("after a restart").isFalse();
    }

    @Test
    void aMessageTakenDuringAnOutageIsTakenOnceAfterItAndAfterARestart() {
        server.stop();
        assertThat(nodeA.firstTime("msg:2")).isTrue();
        assertThat(nodeA.firstTime("msg:2")).isFalse();
        server.startAgain();
        clock.advance(RETRY);
        assertThat(nodeA.firstTime("msg:2")).as("after it").isFalse();
        server.restart();
        assertThat(nodeA.firstTime("msg:2")).as("after a restart").isFalse();
    }

    @Test
    void theOtherNodeKnowsTheMessagesTakenDuringAnOutageOnceRedisIsBack() {
        server.stop();
        assertThat(nodeA.firstTime("msg:3")).isTrue();
        server.startAgain();
        clock.advance(RETRY);

        assertThat(nodeA.firstTime("msg:4")).isTrue(); // node A's next message puts back what it took meanwhile
        await().atMost(Duration.ofSeconds(5)).ignoreExceptions().until(() -> clientB.exists(PREFIX + "msg:3"));
        assertThat(nodeB.firstTime("msg:3")).isFalse();
        assertThat(clientB.pttl(PREFIX + "msg:3")).as("with the time it had left").isBetween(1L, 600_000L - 5_000L);
    }

    @Test
    void aPausedRedisIsWaitedOutOnceNotForEveryMessage() {
        assertThat(nodeA.firstTime("msg:5")).isTrue();
        server.pause(Duration.ofSeconds(3));
        assertThat(nodeA.firstTime("msg:5")).isFalse(); // waits out the client's socket time-out

        long started = System.nanoTime();
        assertThat(nodeA.firstTime("msg:6")).isTrue();
        assertThat(nodeA.firstTime("msg:6")).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));

        server.awaitAwake();
        clock.advance(RETRY);
        assertThat(nodeA.firstTime("msg:6")).isFalse();
        assertThat(nodeB.firstTime("msg:6")).isFalse();
    }

    private RedisMessageDedup node(RedisClient client) {
        return new RedisMessageDedup(client, PREFIX, Duration.ofMinutes(10), new RedisOutage(client, RETRY, clock), clock);
    }
}

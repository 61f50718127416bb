package cn.yinling.hotline.bot.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yinling.hotline.bot.StoppableRedis;
import cn.yinling.hotline.bot.reply.Reply;
import cn.yinling.hotline.bot.session.RedisOutage;
import cn.yinling.hotline.bot.session.RedisSessionStore;
import cn.yinling.hotline.bot.session.ResilientSessionStore;
import cn.yinling.hotline.cases.Channel;
import cn.yinling.hotline.cases.booking.Bookings;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import redis.clients.jedis.RedisClient;

/**
 * A web chat with Redis-backed sessions, through the real engine, while the test's own Redis is
 * stopped, restarted empty or paused: the conversation goes on where it was.
 */
class RedisBlipDialogTest extends DialogTest {

    private static final Duration RETRY = Duration.ofSeconds(5);
    private static final Duration TTL = Duration.ofMinutes(30);

    @Autowired
    Bookings bookings;

    private final String prefix = "blip:" + UUID.randomUUID() + ":";
    private StoppableRedis server;
    private RedisClient redisA;
    private RedisClient redisB;
    private DialogEngine nodeA;
    private DialogEngine nodeB;
    private String phone;
    private String chat;

    @BeforeEach
    void nodes() {
        server = StoppableRedis.start();
        redisA = RedisClient.create(server.url());
        redisB = RedisClient.create(server.url());
        nodeA = node(redisA);
        nodeB = node(redisB);
        phone = elderWithPhone("ANQING_FREE");
        chat = "web-" + phone;
    }

    @AfterEach
    void close() {
        redisA.close();
        redisB.close();
        server.close();
    }

    @Test
    void aPendingConfirmationAnsweredWhileRedisIsStoppedBooks() {
        identify(nodeA);
        bookUpToTheConfirmation(nodeA);
        server.stop();

        assertThat(chat(nodeA, "1").text()).contains("预约好了");
        assertThat(bookings.upcoming(elderOf(phone).elderId())).hasSize(1);
    }

    @Test
    void anIdentificationDoneBeforeRedisStopsIsKept() {
        identify(nodeA);
        server.stop();

        bookUpToTheConfirmation(nodeA);
        assertThat(chat(nodeA, "1").text()).contains("预约好了");
        assertThat(bookings.upcoming(elderOf(phone).elderId())).hasSize(1);
    }

    @Test
    void aConversationGoesOnAfterRedisRestartsEmpty() {
        identify(nodeA);
        bookUpToTheConfirmation(nodeA);
        server.restart();

        assertThat(chat(nodeA, "1").text()).contains("预约好了");
        assertThat(bookings.upcoming(elderOf(phone).elderId())).hasSize(1);
    }

    @Test
    void aConversationGoesOnWhileRedisIsPaused() {
        identify(nodeA);
        bookUpToTheConfirmation(nodeA);
        server.pause(Duration.ofSeconds(3));

        long started = System.nanoTime();
        assertThat(chat(nodeA, "1").text()).contains("预约好了");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("within WeChat's 4 s").isLessThan(Duration.ofSeconds(4));
        assertThat(bookings.upcoming(elderOf(phone).elderId())).hasSize(1);
    }

    @Test
    void afterRedisIsBackAnotherNodeGoesOnFromWhatHappenedMeanwhile() {
        identify(nodeA);
        server.stop();
        bookUpToTheConfirmation(nodeA);
        server.startAgain();
        clock.advance(RETRY);

        nodeA.handle(Inbound.text(Channel.WEB, "someone-else-" + phone, "你好")); // node A's next turn puts its sessions back
        await().atMost(Duration.ofSeconds(5)).ignoreExceptions().until(() -> redisB.exists(prefix + "web:" + chat));
        assertThat(chat(nodeB, "1").text()).contains("预约好了");
        assertThat(bookings.upcoming(elderOf(phone).elderId())).hasSize(1);
    }

    /** Asked for a service, the stranger is identified by phone and ID digits (then asked the day). */
    private void identify(DialogEngine node) {
        assertThat(chat(node, "查一下我的补贴余额").text()).contains("电话号码");
        assertThat(chat(node, phone).text()).contains("后四位");
        assertThat(chat(node, elderOf(phone).idNumber().lastFour()).text()).contains("核对好了");
    }

    private void bookUpToTheConfirmation(DialogEngine node) {
        assertThat(chat(node, "我想预约助浴").text()).contains("哪一天");
        assertThat(chat(node, "1").text()).contains("上午还是下午");
        Reply readBack = chat(node, "2");
        assertThat(readBack.text()).contains("助浴").contains("确认");
        assertThat(bookings.upcoming(elderOf(phone).elderId())).isEmpty();
    }

    private Reply chat(DialogEngine node, String text) {
        return node.handle(Inbound.text(Channel.WEB, chat, text));
    }

    private DialogEngine node(RedisClient redis) {
        ResilientSessionStore store = new ResilientSessionStore(new RedisSessionStore(redis, prefix, TTL),
                new RedisOutage(redis, RETRY, clock), clock);
        return engineOn(store, TTL);
    }
}

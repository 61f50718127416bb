package cn.yinling.hotline.bot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.reply.Reply;
import cn.yinling.hotline.bot.session.RedisSessionStore;
import cn.yinling.hotline.cases.support.RealRedis;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** A dialog in Redis goes on after the engine restarts, or on another node. */
class SessionsAcrossRestartTest extends DialogTest {


    @Test
    void aBookingBegunBeforeARestartContinuesAfterIt() {
        String phone = elderWithPhone("ANQING_FREE");
        try (RedisClient before = RedisClient.create(RealRedis.url())) {
            Reply askDate = node(before).handle(Inbound.text(cn.yinling.hotline.cases.Channel.VOICE, phone, "我想预约助浴"));
            assertThat(askDate.text()).contains("哪一天");
        }
        try (RedisClient after = RedisClient.create(RealRedis.url())) {
            Reply askTime = node(after).handle(Inbound.digits(cn.yinling.hotline.cases.Channel.VOICE, phone, "1"));
            assertThat(askTime.text()).contains("上午还是下午");
        }
    }

    @Test
    void twoMessagesOfOneSenderAtOnceAreBothApplied() throws Exception {
        String phone = elderWithPhone("ANQING_FREE");
        try (RedisClient a = RedisClient.create(RealRedis.url()); RedisClient b = RedisClient.create(RealRedis.url())) {
            DialogEngine nodeA = node(a);
            DialogEngine nodeB = node(b);
            nodeA.handle(Inbound.event(cn.yinling.hotline.cases.Channel.VOICE, phone, InputKind.START));
            CompletableFuture<Reply> one = CompletableFuture.supplyAsync(() ->
                    nodeA.handle(Inbound.text(cn.yinling.hotline.cases.Channel.VOICE, phone, "你好")));
            CompletableFuture<Reply> two = CompletableFuture.supplyAsync(() ->
                    nodeB.handle(Inbound.text(cn.yinling.hotline.cases.Channel.VOICE, phone, "你好")));
            one.get();
            two.get();
            String json = a.hget(prefix + "voice:" + phone, "state");
            // START plus both greetings: no turn was lost to a concurrent overwrite.
            assertThat(json).contains("\"turns\":3");
        }
    }

    /** Per test run, so sessions left in a shared Redis by earlier runs are never read. */
    private final String prefix = "hotline:test-session:" + java.util.UUID.randomUUID() + ":";

    @Test
    void aSessionWhoseConversationIsGoneStartsAfresh() {
        String phone = elderWithPhone("ANQING_FREE");
        try (RedisClient redis = RedisClient.create(RealRedis.url())) {
            redis.hset(prefix + "voice:" + phone, java.util.Map.of("v", "7", "state", "{\"conversationId\":999999,\"step\":\"BOOK_DATE\"}"));
            Reply r = node(redis).handle(Inbound.event(cn.yinling.hotline.cases.Channel.VOICE, phone, InputKind.START));
            assertThat(r.text()).startsWith("王阿姨您好");
        }
    }

    private DialogEngine node(RedisClient redis) {
        return engineOn(new RedisSessionStore(redis, prefix, Duration.ofMinutes(30)), Duration.ofMinutes(30));
    }
}

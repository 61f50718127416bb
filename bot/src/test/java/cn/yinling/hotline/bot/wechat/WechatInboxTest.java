package cn.yinling.hotline.bot.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.yinling.hotline.bot.dialog.DialogEngine;
import cn.yinling.hotline.bot.dialog.Inbound;
import cn.yinling.hotline.bot.reply.Line;
import cn.yinling.hotline.bot.reply.Reply;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import org.junit.jupiter.api.Test;

/** The inbox works on at most the configured number of messages at once; the others wait and are answered too. */
class WechatInboxTest {

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    private DialogEngine slowEngine() {
        DialogEngine engine = mock(DialogEngine.class);
        when(engine.handle(any())).thenAnswer(inv -> {
            int now = running.incrementAndGet();
            mostAtOnce.accumulateAndGet(now, Math::max);
            Thread.sleep(50);
            running.decrementAndGet();
            Inbound in = inv.getArgument(0);
            return Reply.builder().line(new Line("收到：" + in.text(), null)).build();
        });
        return engine;
    }

    /** Records what the callback would have answered. */
    private record Recorded(Map<String, String> replies) implements PassiveReply {

        @Override
        public void startBudget() {
        }

        @Override
        public boolean give(String text) {
            replies.put(Thread.currentThread().getName(), text == null ? "success" : text);
            return true;
        }
    }

    private static WxMpXmlMessage text(int n) {
        WxMpXmlMessage m = new WxMpXmlMessage();
        m.setMsgType("text");
        m.setFromUser("openid-inbox-" + n);
        m.setToUser("gh_demo");
        m.setMsgId(9_000_000L + n);
        m.setContent("消息" + n);
        return m;
    }

    @Test
    void noMoreTurnsRunAtOnceThanConfiguredAndTheWaitingOnesAreAnswered() throws Exception {
        WechatInbox inbox = new WechatInbox(slowEngine(), new InMemoryMessageDedup(Clock.systemUTC(), Duration.ofMinutes(10)),
                null, 2);
        Map<String, String> replies = new ConcurrentHashMap<>();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> sent = IntStream.range(0, 8)
                    .mapToObj(n -> callers.submit(() -> inbox.receive(text(n), new Recorded(replies))))
                    .<Future<?>>map(f -> f).toList();
            for (Future<?> f : sent) {
                f.get(10, TimeUnit.SECONDS);
            }
        } finally {
            callers.shutdownNow();
        }

        assertThat(mostAtOnce).hasValue(2);
        assertThat(replies.values()).hasSize(8).allMatch(r -> r.startsWith("收到：消息"));
    }
}

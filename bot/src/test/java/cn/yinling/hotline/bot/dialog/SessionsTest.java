package cn.yinling.hotline.bot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.bot.reply.Line;
import cn.yinling.hotline.bot.reply.Option;
import cn.yinling.hotline.bot.session.InMemorySessionStore;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The session as stored: only what differs from a fresh state, and all of it read back. */
class SessionsTest {

    private final InMemorySessionStore store = new InMemorySessionStore(Clock.systemUTC());
    private final Sessions sessions = new Sessions(store, Duration.ofMinutes(10));

    @Test
    void fieldsAtTheirDefaultsAreNotWritten() {
        DialogState state = new DialogState();
        state.conversationId = 7L;
        state.turns = 2;
        sessions.save("wechat:a", sessions.load("wechat:a"), state);

        assertThat(store.load("wechat:a").json()).isEqualTo("{\"conversationId\":7,\"step\":\"NONE\",\"turns\":2}");
    }

    @Test
    void whatIsWrittenIsReadBack() {
        DialogState state = new DialogState();
        state.conversationId = 7L;
        state.identified = true;
        state.step = Step.BOOK_DATE;
        state.service = "bath";
        state.date = LocalDate.of(2026, 11, 25);
        state.bookingIds = List.of(3L, 4L);
        state.optionValues.put("1", "menu:book_service");
        state.lastLines = List.of(new Line("请问哪天？", "请问哪一天"));
        state.lastOptions = List.of(new Option("1", "预约服务"));
        sessions.save("voice:b", sessions.load("voice:b"), state);

        DialogState read = sessions.load("voice:b").state();
        assertThat(read).usingRecursiveComparison().isEqualTo(state);
    }

    @Test
    void aSessionWrittenWithEveryFieldStillReads() {
        store.compareAndSet("wechat:c", 0, "{\"bindingPhone\":null,\"bookingIds\":[],\"conversationId\":9,\"handedOver\":false,"
                + "\"lastLines\":[{\"text\":\"你好\",\"speech\":\"你好\"}],\"step\":\"MENU\",\"turns\":3}", Duration.ofMinutes(10));

        DialogState read = sessions.load("wechat:c").state();
        assertThat(read.conversationId).isEqualTo(9L);
        assertThat(read.step).isEqualTo(Step.MENU);
        assertThat(read.turns).isEqualTo(3);
        assertThat(read.lastLines).containsExactly(new Line("你好", "你好"));
    }
}

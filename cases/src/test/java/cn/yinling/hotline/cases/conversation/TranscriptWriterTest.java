package cn.yinling.hotline.cases.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.CasesSpringTest;
import cn.yinling.hotline.cases.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Turns recorded behind the dialog: in order, all of them, also when the application closes. */
class TranscriptWriterTest extends CasesSpringTest {

    @Autowired
    Conversations conversations;
    @Autowired
    DataSource dataSource;

    @Test
    void recordedTurnsAreReadBackInTheOrderTheyWereSaidWithTurnsAppendedAfterThem() {
        Long chat = conversations.start(Channel.WECHAT, "openid-writer-1", null).getId();
        conversations.record(chat, Turn.incoming("查一下补贴余额", null, "query_balance", 0.9, null),
                Turn.outgoing("请先绑定老人。"));
        conversations.record(chat, Turn.incoming("好的", null, null, null, null));
        conversations.append(chat, Turn.outgoing("坐席：您好"));

        assertThat(conversations.transcript(chat)).extracting(Message::getText)
                .containsExactly("查一下补贴余额", "请先绑定老人。", "好的", "坐席：您好");
        assertThat(conversations.transcript(chat).get(0).getIntent()).isEqualTo("query_balance");
    }

    @Test
    void manyConversationsRecordingAtOnceLoseNothingAndKeepEachOnesOrder() throws Exception {
        List<Long> chats = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            chats.add(conversations.start(Channel.WECHAT, "openid-writer-many-" + i, null).getId());
        }
        List<Callable<Void>> senders = new ArrayList<>();
        for (Long chat : chats) {
            senders.add(() -> {
                for (int n = 0; n < 100; n++) {
                    conversations.record(chat, Turn.incoming("问" + n, null, null, null, null), Turn.outgoing("答" + n));
                }
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Void> f : pool.invokeAll(senders)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        List<String> expected = IntStream.range(0, 100).boxed().flatMap(n -> List.of("问" + n, "答" + n).stream()).toList();
        for (Long chat : chats) {
            assertThat(conversations.transcript(chat)).extracting(Message::getText).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void closingWritesEveryTurnStillQueued() throws Exception {
        Long chat = conversations.start(Channel.VOICE, "13900000001", null).getId();
        TranscriptWriter writer = new TranscriptWriter(dataSource);
        for (int n = 0; n < 300; n++) {
            writer.write(chat, clock.instant(), Turn.outgoing("第" + n + "句"));
        }
        writer.destroy();
        writer.write(chat, clock.instant(), Turn.outgoing("关闭之后"));

        List<String> expected = new ArrayList<>(IntStream.range(0, 300).mapToObj(n -> "第" + n + "句").toList());
        expected.add("关闭之后");
        assertThat(conversations.transcript(chat)).extracting(Message::getText).containsExactlyElementsOf(expected);
    }

    @Test
    void aTurnTheDatabaseRefusesDoesNotTakeTheOthersOfItsBatchWithIt() throws Exception {
        Long chat = conversations.start(Channel.WEB, "web-writer-1", null).getId();
        TranscriptWriter writer = new TranscriptWriter(dataSource);
        writer.write(chat, clock.instant(), Turn.outgoing("前"));
        writer.write(-42L, clock.instant(), Turn.outgoing("没有这个会话"));
        writer.write(chat, clock.instant(), Turn.outgoing("后"));
        writer.flush();
        writer.destroy();

        assertThat(conversations.transcript(chat)).extracting(Message::getText).containsExactly("前", "后");
    }
}

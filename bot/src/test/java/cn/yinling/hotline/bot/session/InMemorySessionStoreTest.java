package cn.yinling.hotline.bot.session;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yinling.hotline.cases.support.TestClock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class InMemorySessionStoreTest extends SessionStoreContract {

    private final TestClock clock = new TestClock(LocalDateTime.of(2026, 3, 2, 9, 0));
    private final InMemorySessionStore store = new InMemorySessionStore(clock);

    @Override
    SessionStore store() {
        return store;
    }

    @Test
    void aSessionExpiresAfterItsTtl() {
        store.compareAndSet(key, 0, "x", Duration.ofMinutes(30));
        clock.advance(Duration.ofMinutes(29));
        assertThat(store.load(key).exists()).isTrue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(store.load(key).exists()).isFalse();
        assertThat(store.compareAndSet(key, 0, "new", Duration.ofMinutes(30))).isTrue();
    }

    @Test
    void sessionsOfSendersWhoNeverCameBackAreDropped() {
        for (int i = 0; i < 100; i++) {
            store.compareAndSet("gone-" + i, 0, "x", Duration.ofMinutes(30));
        }
        store.compareAndSet("stays", 0, "x", Duration.ofMinutes(60));
        assertThat(store.size()).isEqualTo(101);

        clock.advance(Duration.ofMinutes(31));
        store.compareAndSet("newcomer", 0, "x", Duration.ofMinutes(30));

        assertThat(store.size()).isEqualTo(2);
        assertThat(store.load("stays").exists()).isTrue();
    }
}

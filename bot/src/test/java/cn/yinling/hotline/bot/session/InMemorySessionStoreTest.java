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
}

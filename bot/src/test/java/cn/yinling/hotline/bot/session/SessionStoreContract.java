package cn.yinling.hotline.bot.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every session store must do, run against each implementation. */
abstract class SessionStoreContract {

    abstract SessionStore store();

    final String key = "test:" + UUID.randomUUID();

    @Test
    void anUnknownKeyHasNoSession() {
        assertThat(store().load(key).exists()).isFalse();
        assertThat(store().load(key).version()).isZero();
    }

    @Test
    void aWriteIsReadBackWithTheNextVersion() {
        assertThat(store().compareAndSet(key, 0, "{\"a\":1}", Duration.ofMinutes(5))).isTrue();
        StoredSession s = store().load(key);
        assertThat(s.json()).isEqualTo("{\"a\":1}");
        assertThat(s.version()).isEqualTo(1);
    }

    @Test
    void ofTwoWritesFromTheSameVersionOnlyTheFirstWins() {
        store().compareAndSet(key, 0, "first", Duration.ofMinutes(5));
        assertThat(store().compareAndSet(key, 1, "second", Duration.ofMinutes(5))).isTrue();
        assertThat(store().compareAndSet(key, 1, "stale", Duration.ofMinutes(5))).isFalse();
        assertThat(store().load(key).json()).isEqualTo("second");
        assertThat(store().compareAndSet(key, 0, "as if new", Duration.ofMinutes(5))).isFalse();
    }

    @Test
    void deleteForgetsTheSession() {
        store().compareAndSet(key, 0, "x", Duration.ofMinutes(5));
        store().delete(key);
        assertThat(store().load(key).exists()).isFalse();
        assertThat(store().compareAndSet(key, 0, "again", Duration.ofMinutes(5))).isTrue();
    }
}

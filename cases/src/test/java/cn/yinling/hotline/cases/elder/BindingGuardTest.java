package cn.yinling.hotline.cases.elder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BindingGuardTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    private static final Duration LOCK = Duration.ofMinutes(30);

    @Test
    void theFifthWrongAnswerLocksTheSenderForTheLockPeriod() {
        BindingGuard guard = new BindingGuard("o1");
        for (int i = 0; i < 4; i++) {
            guard.fail(NOW, 5, LOCK);
        }
        assertThat(guard.isLocked(NOW)).isFalse();
        assertThat(guard.remaining(5)).isEqualTo(1);
        guard.fail(NOW, 5, LOCK);
        assertThat(guard.isLocked(NOW)).isTrue();
        assertThat(guard.isLocked(NOW.plus(LOCK).minusSeconds(1))).isTrue();
        assertThat(guard.isLocked(NOW.plus(LOCK))).isFalse();
    }

    @Test
    void afterTheLockTheCountStartsAgain() {
        BindingGuard guard = new BindingGuard("o1");
        for (int i = 0; i < 5; i++) {
            guard.fail(NOW, 5, LOCK);
        }
        assertThat(guard.remaining(5)).isEqualTo(5);
    }

    @Test
    void propertiesRefuseNonsense() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BindingProperties(0, LOCK, LOCK))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BindingProperties(5, LOCK, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package cn.yinling.hotline.console.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** An event stream ends when the agent's idle time runs out (then its reconnect is checked), and never lives past 30 minutes. */
class StreamLifetimeTest {

    @Test
    void endsJustAfterTheIdleTimeLeft() {
        assertThat(QueueStream.lifetime(Duration.ofMinutes(5))).isEqualTo(Duration.ofMinutes(5).plusSeconds(1));
    }

    @Test
    void neverLongerThanHalfAnHour() {
        assertThat(QueueStream.lifetime(Duration.ofHours(2))).isEqualTo(QueueStream.EMITTER_TIMEOUT);
    }

    @Test
    void atLeastASecondSoAnExpiredSessionIsNotReconnectedInALoop() {
        assertThat(QueueStream.lifetime(Duration.ZERO)).isEqualTo(Duration.ofSeconds(1));
        assertThat(QueueStream.lifetime(Duration.ofSeconds(-5))).isEqualTo(Duration.ofSeconds(1));
    }
}

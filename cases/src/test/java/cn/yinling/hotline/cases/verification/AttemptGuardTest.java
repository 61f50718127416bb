package cn.yinling.hotline.cases.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Attempts counted before their answer is known (a password being hashed) and settled after. */
class AttemptGuardTest {

    static final Limit FIVE = new Limit("console-user:agent1", 5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    final Instant t0 = Instant.parse("2026-03-02T01:00:00Z");
    final AttemptGuard guard = new AttemptGuard();

    @Test
    void theFifthWrongAnswerLocksForTheLockPeriod() {
        for (int i = 1; i <= 4; i++) {
            assertThat(guard.admit(t0, FIVE)).isFalse();
            assertThat(guard.failAdmitted(t0, FIVE)).as("failure %d", i).isFalse();
        }
        assertThat(guard.admit(t0, FIVE)).isFalse();
        assertThat(guard.failAdmitted(t0, FIVE)).isTrue();
        assertThat(guard.isLocked(t0.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(guard.isLocked(t0.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void attemptsStillBeingCheckedFillTheQuotaSoASixthAtTheSameMomentIsRefusedAndLocks() {
        for (int i = 0; i < 5; i++) {
            assertThat(guard.admit(t0, FIVE)).isFalse();
        }
        assertThat(guard.admit(t0, FIVE)).isTrue();
        assertThat(guard.isLocked(t0)).isTrue();
        // The five still being checked turn out wrong: the lock is already there, and is not begun again.
        for (int i = 0; i < 5; i++) {
            assertThat(guard.failAdmitted(t0, FIVE)).isFalse();
        }
    }

    @Test
    void aRightAnswerIsTakenBackSoOfficeColleaguesDoNotAddUp() {
        for (int i = 0; i < 20; i++) {
            assertThat(guard.admit(t0, FIVE)).isFalse();
            guard.takeBack();
        }
        assertThat(guard.isLocked(t0)).isFalse();
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        for (int i = 0; i < 4; i++) {
            guard.admit(t0, FIVE);
            guard.failAdmitted(t0, FIVE);
        }
        Instant later = t0.plus(Duration.ofMinutes(16));
        assertThat(guard.admit(later, FIVE)).isFalse();
        assertThat(guard.failAdmitted(later, FIVE)).isFalse();
    }
}

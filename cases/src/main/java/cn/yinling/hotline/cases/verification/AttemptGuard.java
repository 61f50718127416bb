package cn.yinling.hotline.cases.verification;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** Wrong answers of one subject within the current window, and until when it is locked. */
@Entity
class AttemptGuard {

    @Id
    private String subject;
    private int failures;
    private Instant firstFailureAt;
    private Instant lockedUntil;

    protected AttemptGuard() {
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    String subject() {
        return subject;
    }

    /** Counts a wrong answer; returns true when this one reached the limit and locked the subject. */
    boolean fail(Instant now, Limit limit) {
        if (firstFailureAt == null || !now.isBefore(firstFailureAt.plus(limit.window()))) {
            failures = 0;
            firstFailureAt = now;
        }
        failures++;
        if (failures >= limit.attempts()) {
            lockedUntil = now.plus(limit.lockPeriod());
            failures = 0;
            firstFailureAt = null;
            return true;
        }
        return false;
    }

    void reset() {
        failures = 0;
        firstFailureAt = null;
        lockedUntil = null;
    }
}

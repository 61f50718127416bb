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
            lock(now, limit);
            return true;
        }
        return false;
    }

    /**
     * Counts an attempt whose answer is not known yet (a password being checked), so attempts made at
     * the same moment cannot all slip under the limit. When earlier attempts still being checked
     * already fill the quota, the subject is locked instead; returns true then.
     */
    boolean admit(Instant now, Limit limit) {
        if (firstFailureAt == null || !now.isBefore(firstFailureAt.plus(limit.window()))) {
            failures = 0;
            firstFailureAt = now;
        }
        if (failures >= limit.attempts()) {
            lock(now, limit);
            return true;
        }
        failures++;
        return false;
    }

    /** An admitted attempt was wrong: it counts already; locks (and returns true) when the count reached the limit. */
    boolean failAdmitted(Instant now, Limit limit) {
        if (isLocked(now) || failures < limit.attempts()) {
            return false;
        }
        lock(now, limit);
        return true;
    }

    /** An admitted attempt was right: it no longer counts. */
    void takeBack() {
        failures = Math.max(0, failures - 1);
    }

    private void lock(Instant now, Limit limit) {
        lockedUntil = now.plus(limit.lockPeriod());
        failures = 0;
        firstFailureAt = null;
    }

    void reset() {
        failures = 0;
        firstFailureAt = null;
        lockedUntil = null;
    }
}

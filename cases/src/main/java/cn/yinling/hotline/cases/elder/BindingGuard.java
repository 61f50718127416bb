package cn.yinling.hotline.cases.elder;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;

/** Wrong binding answers of one WeChat sender; locks the sender after too many. */
@Entity
class BindingGuard {

    @Id
    private String openid;
    private int failures;
    private Instant lockedUntil;

    protected BindingGuard() {
    }

    BindingGuard(String openid) {
        this.openid = openid;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    /** Counts a wrong answer; the one that reaches the limit locks the sender and starts a new count. */
    void fail(Instant now, int limit, Duration lockPeriod) {
        failures++;
        if (failures >= limit) {
            lockedUntil = now.plus(lockPeriod);
            failures = 0;
        }
    }

    int remaining(int limit) {
        return limit - failures;
    }

    void reset() {
        failures = 0;
        lockedUntil = null;
    }
}

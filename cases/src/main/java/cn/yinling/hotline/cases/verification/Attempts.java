package cn.yinling.hotline.cases.verification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The guards of one check, row-locked for the caller's transaction: is any locked, count a failure, clear. */
public final class Attempts {

    private final Map<String, AttemptGuard> guards;
    private final Map<String, Limit> limits;
    private final Instant now;

    Attempts(Map<String, AttemptGuard> guards, Map<String, Limit> limits, Instant now) {
        this.guards = guards;
        this.limits = limits;
        this.now = now;
    }

    /** The latest lock among the subjects that is still in force. */
    public Optional<Instant> lockedUntil() {
        return guards.values().stream().filter(g -> g.isLocked(now)).map(AttemptGuard::lockedUntil)
                .max(Instant::compareTo);
    }

    /** Counts a wrong answer against every subject; returns the subjects this answer locked. */
    public List<String> fail() {
        List<String> locked = new ArrayList<>();
        guards.forEach((subject, guard) -> {
            if (guard.fail(now, limits.get(subject))) {
                locked.add(subject);
            }
        });
        return locked;
    }

    /** Clears the count of the given subjects (a right answer); others keep theirs. */
    public void clear(String... subjects) {
        for (String s : subjects) {
            AttemptGuard g = guards.get(s);
            if (g != null) {
                g.reset();
            }
        }
    }
}
